package org.hearth.events.impl;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What an event may be, each refusal with a translation key: a title of at most {@value #TITLE_MAX}
 * characters, an end after the start (in the center's time zone, daylight saving included) and at most
 * {@value #LONGEST_HOURS} hours later, a capacity from 1 to {@value #CAPACITY_MAX} or none, and a repetition
 * that ends within reason ({@link Recurrence#check}).
 */
final class EventRules {

    static final int TITLE_MAX = 120;
    static final int DESCRIPTION_MAX = 2000;
    static final int PLACE_MAX = 120;
    static final int NOTE_MAX = 300;
    static final int CAPACITY_MAX = 1000;
    static final int LONGEST_HOURS = 72;
    /** The largest party one RSVP may hold (a member with guests, or a group of guests). */
    static final int MAX_PARTY = 6;
    /** How far one occurrence of a series may be moved from its own date. */
    static final int MAX_SHIFT_DAYS = 31;

    private EventRules() {
    }

    /** The draft tidied, or a refusal. */
    static EventDraft check(EventDraft draft, ZoneId zone) {
        String title = required(draft.title(), TITLE_MAX, "error.title");
        Optional<String> description = optional(draft.description(), DESCRIPTION_MAX, "error.description.long", true);
        Optional<String> place = optional(draft.place(), PLACE_MAX, "error.place.long", false);
        if (draft.kind() == null) {
            throw new IllegalArgumentException("error.kind");
        }
        times(draft.start(), draft.end(), zone);
        if (draft.capacity().isPresent() && (draft.capacity().get() < 1 || draft.capacity().get() > CAPACITY_MAX)) {
            throw new IllegalArgumentException("error.capacity");
        }
        Recurrence recurrence = draft.recurrence() == null ? Recurrence.ONCE : draft.recurrence();
        recurrence.check(draft.start().toLocalDate());
        return new EventDraft(title, description, place, draft.kind(), draft.tags(), draft.childCare(),
                draft.transport(), draft.capacity(), draft.organiserId().filter(s -> !s.isBlank()),
                draft.start(), draft.end(), recurrence);
    }

    /** Refuses an end that is not after the start, or too long after it, as the center's clocks show them. */
    static void times(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        if (start == null || end == null) {
            throw new IllegalArgumentException("error.time.missing");
        }
        ZonedDateTime from = ZonedDateTime.of(start, zone);
        ZonedDateTime to = ZonedDateTime.of(end, zone);
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("error.time.order");
        }
        if (Duration.between(from, to).toHours() >= LONGEST_HOURS) {
            throw new IllegalArgumentException("error.time.long");
        }
    }

    /** A cancellation notice, tidied; it may be empty. */
    static Optional<String> note(String raw) {
        return optional(Optional.ofNullable(raw), NOTE_MAX, "error.note.long", false);
    }

    static String required(String raw, int max, String key) {
        String value = tidy(raw, false);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(key + ".empty");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(key + ".long");
        }
        return value;
    }

    static Optional<String> optional(Optional<String> raw, int max, String key, boolean multiline) {
        String value = tidy(raw.orElse(""), multiline);
        if (value.length() > max) {
            throw new IllegalArgumentException(key);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Normalised, without control or invisible formatting characters; line breaks kept only if asked. */
    static String tidy(String raw, boolean multiline) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace("\r\n", "\n").replace('\r', '\n');
        text = text.replaceAll(multiline ? "[\\p{Cntrl}&&[^\\n]]" : "\\p{Cntrl}", " ")
                .replaceAll("[\\p{Cf}&&[^\\u200D]]", "");
        if (multiline) {
            return text.replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        }
        return text.replaceAll("\\s+", " ").strip();
    }
}
