package org.hearth.signin.impl;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.hearth.api.CountScope;
import org.hearth.signin.impl.VisitCounts.Grain;
import org.hearth.signin.impl.VisitCounts.Row;

/**
 * The last few counts, each for a second at most and only until this kiosk changes what they count. The count board
 * asks for each of the four sign-in measures separately, and the dashboard for each of today, this week and this
 * month: one count answers the four. A second bounds what another kiosk's sign-ins on a shared database may wait.
 */
final class RecentCounts {

    record Key(Grain grain, LocalDate from, LocalDate to, CountScope scope, LocalDate today) {
    }

    private record Remembered(List<Row> rows, long changes, long madeAt) {
    }

    private static final AtomicLong CHANGES = new AtomicLong();
    private static final long LIFE = TimeUnit.SECONDS.toNanos(1);
    private static final int KEPT = 16;

    private final Map<Key, Remembered> remembered = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Remembered> eldest) {
            return size() > KEPT;
        }
    };

    static void changed() {
        CHANGES.incrementAndGet();
    }

    /** The remembered rows, or {@code count}'s, remembered. */
    List<Row> get(Key key, Supplier<List<Row>> count) {
        // read before counting: a change committed during the count makes these rows outdated at once
        long changes = CHANGES.get();
        long now = System.nanoTime();
        synchronized (remembered) {
            Remembered r = remembered.get(key);
            if (r != null && r.changes() == changes && now - r.madeAt() < LIFE) {
                return r.rows();
            }
        }
        List<Row> rows = List.copyOf(count.get());
        synchronized (remembered) {
            remembered.put(key, new Remembered(rows, changes, now));
        }
        return rows;
    }
}
