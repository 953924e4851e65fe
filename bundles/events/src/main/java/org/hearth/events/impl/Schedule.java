package org.hearth.events.impl;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.CountScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The occurrences of every event between two dates: series expanded by ical4j ({@link Recurrence}), skipped
 * dates left out, changed and cancelled dates applied, each at its real instant in the center's time zone
 * (a 7 pm event stays at 7 pm across daylight saving; a time that does not exist on the night the clocks go
 * forward moves to the first moment that does). This center's events, unless a count asks for another scope.
 */
@Component(service = Schedule.class, immediate = true)
public class Schedule {

    private final EventStore store;
    private final Clock clock;

    @Activate
    public Schedule(@Reference EventStore store, @Reference Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    ZoneId zone() {
        return clock.getZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    /**
     * This center's occurrences that start on a day from {@code from} to {@code to} (both included), soonest first;
     * at most {@value Recurrence#MAX_WINDOW_DAYS} days are looked at.
     */
    public List<Occurrence> between(LocalDate from, LocalDate to) {
        return between(from, to, CountScope.of(store.center()));
    }

    /** {@link #between(LocalDate, LocalDate)} of one center's events or the whole network's. */
    List<Occurrence> between(LocalDate from, LocalDate to, CountScope scope) {
        LocalDate last = to.isAfter(from.plusDays(Recurrence.MAX_WINDOW_DAYS)) ? from.plusDays(Recurrence.MAX_WINDOW_DAYS) : to;
        LocalDate wideFrom = from.minusDays(EventRules.MAX_SHIFT_DAYS);
        LocalDate wideTo = last.plusDays(EventRules.MAX_SHIFT_DAYS);
        Map<OccurrenceKey, OccurrenceChange> changes = store.changes(wideFrom, wideTo);
        List<Occurrence> found = new ArrayList<>();
        for (Event event : store.around(from, last, scope)) {
            LocalDate firstDay = event.draft().start().toLocalDate();
            for (LocalDate day : Recurrence.dates(firstDay, event.rule(), wideFrom, wideTo)) {
                OccurrenceKey key = new OccurrenceKey(event.id(), day);
                occurrence(event, key, Optional.ofNullable(changes.get(key)))
                        .filter(o -> !o.start().toLocalDate().isBefore(from) && !o.start().toLocalDate().isAfter(last))
                        .ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(Occurrence::start).thenComparing(o -> o.key().eventId()));
        return found;
    }

    /** One occurrence, if the event has one on that date and it is not skipped. */
    public Optional<Occurrence> find(OccurrenceKey key) {
        Optional<Event> event = store.find(key.eventId());
        if (event.isEmpty()) {
            return Optional.empty();
        }
        LocalDate firstDay = event.get().draft().start().toLocalDate();
        if (!Recurrence.dates(firstDay, event.get().rule(), key.occursOn(), key.occursOn()).contains(key.occursOn())) {
            return Optional.empty();
        }
        return occurrence(event.get(), key, store.changeOf(key));
    }

    private Optional<Occurrence> occurrence(Event event, OccurrenceKey key, Optional<OccurrenceChange> change) {
        if (change.isPresent() && change.get().skipped()) {
            return Optional.empty();
        }
        EventDraft d = event.draft();
        Duration length = Duration.between(d.start(), d.end());
        LocalDateTime start = change.flatMap(OccurrenceChange::start).orElse(key.occursOn().atTime(d.start().toLocalTime()));
        long days = ChronoUnit.DAYS.between(d.start().toLocalDate(), d.end().toLocalDate());
        LocalDateTime seriesEnd = start.toLocalDate().plusDays(days).atTime(d.end().toLocalTime());
        boolean moved = change.flatMap(OccurrenceChange::start).isPresent();
        LocalDateTime end = change.flatMap(OccurrenceChange::end).orElse(moved ? start.plus(length) : seriesEnd);
        ZonedDateTime from = ZonedDateTime.of(start, zone());
        ZonedDateTime to = ZonedDateTime.of(end, zone());
        if (!to.isAfter(from)) {
            // the night the clocks change can fold a short event into nothing: keep its length instead
            to = from.plus(length);
        }
        boolean dateCancelled = change.map(OccurrenceChange::cancelled).orElse(false);
        Optional<String> notice = event.cancelled() ? event.cancelNote()
                : dateCancelled ? change.flatMap(OccurrenceChange::note) : Optional.empty();
        return Optional.of(new Occurrence(event, key, from, to,
                change.flatMap(OccurrenceChange::title).orElse(d.title()),
                change.flatMap(OccurrenceChange::description).or(d::description),
                change.flatMap(OccurrenceChange::place).or(d::place),
                event.cancelled() || dateCancelled, notice,
                change.map(OccurrenceChange::changesDetails).orElse(false)));
    }
}
