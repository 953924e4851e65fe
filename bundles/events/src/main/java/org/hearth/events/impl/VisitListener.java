package org.hearth.events.impl;

import org.hearth.api.Failures;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.hearth.api.HearthTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attendance from sign-ins: a visit that names one of this calendar's occurrences ({@code event:42@2026-11-25})
 * counts the visitor, by id or anonymously. Never reads the sign-in feature's tables.
 */
@Component(service = EventHandler.class, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + HearthTopics.VISIT_RECORDED)
public class VisitListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(VisitListener.class);

    private final Schedule schedule;
    private final AttendanceBook attendance;

    @Activate
    public VisitListener(@Reference Schedule schedule, @Reference AttendanceBook attendance) {
        this.schedule = schedule;
        this.attendance = attendance;
    }

    @Override
    public void handleEvent(Event event) {
        Optional<OccurrenceKey> key = OccurrenceKey.parse(asString(event.getProperty(HearthTopics.REFERENCE)));
        if (key.isEmpty()) {
            return;
        }
        try {
            if (schedule.find(key.get()).isEmpty()) {
                LOG.info("A visit named {}, which is not on the calendar; not counted", key.get().reference());
                return;
            }
            Optional<String> person = Optional.ofNullable(asString(event.getProperty(HearthTopics.PERSON_ID)))
                    .filter(s -> !s.isBlank());
            attendance.signedIn(key.get(), person, time(event));
        } catch (RuntimeException e) {
            LOG.error("Attendance from a sign-in for {} was not saved: {}", key.get().reference(), Failures.describe(e));
        }
    }

    private static Instant time(Event event) {
        try {
            String time = asString(event.getProperty(HearthTopics.TIME));
            return time == null ? Instant.now() : Instant.parse(time);
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }

    private static String asString(Object value) {
        return value instanceof String s ? s : null;
    }
}
