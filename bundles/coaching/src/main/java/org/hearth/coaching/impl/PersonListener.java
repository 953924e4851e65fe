package org.hearth.coaching.impl;

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

/** The coaching feature's part when a person is deleted at their wish or merged, anywhere in the kiosk. */
@Component(service = EventHandler.class, immediate = true, property = {
        EventConstants.EVENT_TOPIC + "=" + HearthTopics.PERSON_DELETED,
        EventConstants.EVENT_TOPIC + "=" + HearthTopics.PERSON_MERGED})
public class PersonListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PersonListener.class);

    private final PersonRows rows;

    @Activate
    public PersonListener(@Reference PersonRows rows) {
        this.rows = rows;
    }

    @Override
    public void handleEvent(Event event) {
        String personId = (String) event.getProperty(HearthTopics.PERSON_ID);
        if (personId == null) {
            return;
        }
        try {
            if (HearthTopics.PERSON_MERGED.equals(event.getTopic())) {
                rows.move((String) event.getProperty(HearthTopics.MERGED_ID), personId);
            } else {
                rows.forget(personId);
            }
        } catch (RuntimeException e) {
            LOG.error("Coaching could not update its rows for person {}: {}", personId, Failures.describe(e));
            throw e;
        }
    }
}
