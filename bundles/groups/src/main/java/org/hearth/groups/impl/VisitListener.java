package org.hearth.groups.impl;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.api.Failures;
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
 * Attendance from sign-ins: a visit that names one of today's sessions ({@code group:12@2026-12-02}) counts the
 * visitor there, by id or anonymously. Never reads the sign-in feature's tables.
 */
@Component(service = EventHandler.class, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + HearthTopics.VISIT_RECORDED)
public class VisitListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(VisitListener.class);
    private static final Pattern REFERENCE = Pattern.compile("group:(\\d{1,18})@(\\d{4}-\\d{2}-\\d{2})");

    private final SessionBook sessions;
    private final Attendance attendance;

    @Activate
    public VisitListener(@Reference SessionBook sessions, @Reference Attendance attendance) {
        this.sessions = sessions;
        this.attendance = attendance;
    }

    @Override
    public void handleEvent(Event event) {
        Object reference = event.getProperty(HearthTopics.REFERENCE);
        Matcher m = reference instanceof String s ? REFERENCE.matcher(s) : null;
        if (m == null || !m.matches()) {
            return;
        }
        try {
            Optional<Session> session = sessions.find(Long.parseLong(m.group(1)), LocalDate.parse(m.group(2)));
            if (session.isEmpty()) {
                LOG.info("A visit named {}, which is not a session; not counted", reference);
                return;
            }
            Optional<String> person = Optional.ofNullable(event.getProperty(HearthTopics.PERSON_ID))
                    .filter(String.class::isInstance).map(String.class::cast).filter(p -> !p.isBlank());
            attendance.signedIn(session.get().id(), person);
        } catch (DateTimeParseException | NumberFormatException e) {
            LOG.info("A visit named a group session that cannot be read; not counted");
        } catch (RuntimeException e) {
            LOG.error("Attendance from a sign-in for {} was not saved: {}", reference, Failures.describe(e));
        }
    }
}
