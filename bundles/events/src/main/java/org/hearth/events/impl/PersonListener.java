package org.hearth.events.impl;

import org.hearth.api.Failures;
import org.hearth.api.HearthTopics;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calendar's part when a person is deleted at their wish (their RSVPs and attendance stay only as
 * anonymous counts, one per occurrence) or two records are merged (the duplicate's rows become the kept one's).
 */
@Component(service = EventHandler.class, immediate = true, property = {
        EventConstants.EVENT_TOPIC + "=" + HearthTopics.PERSON_DELETED,
        EventConstants.EVENT_TOPIC + "=" + HearthTopics.PERSON_MERGED})
public class PersonListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PersonListener.class);

    private final Jdbi jdbi;

    @Activate
    public PersonListener(@Reference EventsDatabase database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public void handleEvent(Event event) {
        String personId = (String) event.getProperty(HearthTopics.PERSON_ID);
        if (personId == null) {
            return;
        }
        try {
            if (HearthTopics.PERSON_MERGED.equals(event.getTopic())) {
                String duplicate = (String) event.getProperty(HearthTopics.MERGED_ID);
                jdbi.useTransaction(h -> moveRows(h, duplicate, personId));
            } else {
                jdbi.useTransaction(h -> forget(h, personId));
            }
        } catch (RuntimeException e) {
            LOG.error("The calendar could not update its rows for person {}: {}", personId, Failures.describe(e));
            throw e;
        }
    }

    private static void forget(Handle h, String personId) {
        // one anonymous attendance per occurrence, as an anonymous visitor would have been counted
        h.createUpdate("DELETE FROM events.attendance WHERE person_id = ? AND id NOT IN (SELECT MIN(a.id)"
                + " FROM events.attendance a WHERE a.person_id = ? GROUP BY a.event_id, a.occurs_on)")
                .bind(0, personId).bind(1, personId).execute();
        int attended = h.createUpdate("UPDATE events.attendance SET person_id = NULL WHERE person_id = ?")
                .bind(0, personId).execute();
        int reserved = h.createUpdate("UPDATE events.rsvp SET person_id = NULL WHERE person_id = ?")
                .bind(0, personId).execute();
        LOG.info("Person {} forgotten by the calendar ({} attendances and {} RSVPs kept as counts)", personId,
                attended, reserved);
    }

    private static void moveRows(Handle h, String duplicateId, String keepId) {
        h.createUpdate("UPDATE events.attendance SET person_id = ? WHERE person_id = ?")
                .bind(0, keepId).bind(1, duplicateId).execute();
        h.createUpdate("UPDATE events.rsvp SET person_id = ? WHERE person_id = ?")
                .bind(0, keepId).bind(1, duplicateId).execute();
    }
}
