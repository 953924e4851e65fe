package org.hearth.volunteers.impl;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.api.Failures;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The short lines on the volunteers' tiles: for a volunteer, their shift on now or their next one; for the
 * coordinator, the coming week's shifts below their minimum. Tiles are redrawn every few seconds, so each line is
 * kept for {@value #KEEP_SECONDS} seconds; a failure shows no line (and is logged without personal data).
 */
final class Notices {

    static final int KEEP_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(Notices.class);

    private record Kept(long at, Optional<String> line) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final VolunteersServices services;

    Notices(VolunteersServices services) {
        this.services = services;
    }

    Optional<String> forVolunteer(String personId, Locale locale) {
        return keep(personId + "@" + locale.getLanguage(), () -> {
            Texts texts = Texts.load(Notices.class, VolunteersModule.TEXTS, locale);
            if (services.timeclock().open(personId).isPresent()) {
                return Optional.of(texts.get("notice.in"));
            }
            if (services.timeclock().shiftOnNow(personId).isPresent()) {
                return Optional.of(texts.get("notice.now"));
            }
            LocalDate today = services.plan().today();
            return services.book().held(personId, today, today.plusDays(MyShiftsView.DAYS - 1)).stream()
                    .filter(s -> !s.shift().cancelled() && !s.shift().hasStarted(services.plan().now())).findFirst()
                    .map(s -> texts.get("notice.next", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                            .withLocale(locale).format(s.shift().start())));
        });
    }

    Optional<String> forCoordinator(Locale locale) {
        return keep("board@" + locale.getLanguage(), () -> {
            LocalDate today = services.plan().today();
            long short_ = services.plan().staffing(today, today.plusDays(6)).stream()
                    .filter(s -> !s.shift().cancelled() && s.level() == Staffing.Level.BELOW_MIN).count();
            return short_ == 0 ? Optional.empty()
                    : Optional.of(Texts.load(Notices.class, VolunteersModule.TEXTS, locale).get("notice.gaps", short_));
        });
    }

    private Optional<String> keep(String key, java.util.function.Supplier<Optional<String>> line) {
        long now = System.nanoTime();
        Kept k = kept.get(key);
        if (k != null && now - k.at() < Duration.ofSeconds(KEEP_SECONDS).toNanos()) {
            return k.line();
        }
        Optional<String> fresh;
        try {
            fresh = line.get();
        } catch (RuntimeException e) {
            LOG.warn("Could not work out a volunteers tile line: {}", Failures.describe(e));
            fresh = Optional.empty();
        }
        if (kept.size() > 500) {
            kept.clear();
        }
        kept.put(key, new Kept(now, fresh));
        return fresh;
    }
}
