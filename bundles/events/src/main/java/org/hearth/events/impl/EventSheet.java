package org.hearth.events.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hearth.api.KindOfSupport;

/**
 * What {@link EventForm} edits, one value per field, as its {@code Binder} reads and writes them; {@link #draft}
 * puts the date and time pickers and the repetition fields together into an {@link EventDraft}.
 */
final class EventSheet {

    String title = "";
    String description = "";
    String place = "";
    KindOfSupport kind;
    Set<Tag> tags = Set.of();
    boolean childCare;
    boolean transport;
    Integer capacity;
    String organiser;
    LocalDate startDate;
    LocalTime startTime;
    LocalDate endDate;
    LocalTime endTime;
    Recurrence.Repeat repeat = Recurrence.Repeat.ONCE;
    Integer interval;
    RepetitionFields.Ends ends = RepetitionFields.Ends.NEVER;
    LocalDate until;
    Integer count;

    static EventSheet of(EventDraft draft) {
        EventSheet sheet = new EventSheet();
        sheet.title = draft.title();
        sheet.description = draft.description().orElse("");
        sheet.place = draft.place().orElse("");
        sheet.kind = draft.kind();
        sheet.tags = draft.tags();
        sheet.childCare = draft.childCare();
        sheet.transport = draft.transport();
        sheet.capacity = draft.capacity().orElse(null);
        sheet.organiser = draft.organiserId().orElse(null);
        sheet.startDate = draft.start().toLocalDate();
        sheet.startTime = draft.start().toLocalTime();
        sheet.endDate = draft.end().toLocalDate();
        sheet.endTime = draft.end().toLocalTime();
        Recurrence recurrence = draft.recurrence();
        sheet.repeat = recurrence.repeat();
        sheet.interval = recurrence.interval();
        sheet.ends = recurrence.until().isPresent() ? RepetitionFields.Ends.ON
                : recurrence.count().isPresent() ? RepetitionFields.Ends.AFTER : RepetitionFields.Ends.NEVER;
        sheet.until = recurrence.until().orElse(null);
        sheet.count = recurrence.count().orElse(null);
        return sheet;
    }

    /** The draft the coordinator described; the store still checks it against {@link EventRules}. */
    EventDraft draft() {
        return new EventDraft(title, Optional.of(description), Optional.of(place), kind,
                tags.isEmpty() ? EnumSet.noneOf(Tag.class) : EnumSet.copyOf(tags), childCare, transport,
                Optional.ofNullable(capacity), Optional.ofNullable(organiser), LocalDateTime.of(startDate, startTime),
                LocalDateTime.of(endDate, endTime), recurrence());
    }

    private Recurrence recurrence() {
        Recurrence.Repeat r = repeat == null ? Recurrence.Repeat.ONCE : repeat;
        if (r == Recurrence.Repeat.ONCE) {
            return Recurrence.ONCE;
        }
        int every = r == Recurrence.Repeat.WEEKLY && interval != null ? interval : 1;
        Optional<LocalDate> last = ends == RepetitionFields.Ends.ON ? Optional.ofNullable(until) : Optional.empty();
        Optional<Integer> times = ends == RepetitionFields.Ends.AFTER ? Optional.ofNullable(count) : Optional.empty();
        return new Recurrence(r, every, last, times);
    }
}
