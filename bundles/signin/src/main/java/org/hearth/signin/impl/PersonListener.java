package org.hearth.signin.impl;

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
 * Sign-in's part when a person is deleted or merged anywhere in the kiosk (for example from a coordinator's
 * screen of another feature): the same as when it happens on sign-in's own Members screen.
 */
@Component(service = EventHandler.class, immediate = true, property = {
        EventConstants.EVENT_TOPIC + "=" + HearthTopics.PERSON_DELETED,
        EventConstants.EVENT_TOPIC + "=" + HearthTopics.PERSON_MERGED})
public class PersonListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PersonListener.class);

    private final MemberBook members;

    @Activate
    public PersonListener(@Reference MemberBook members) {
        this.members = members;
    }

    @Override
    public void handleEvent(Event event) {
        String personId = (String) event.getProperty(HearthTopics.PERSON_ID);
        if (personId == null) {
            return;
        }
        try {
            if (HearthTopics.PERSON_MERGED.equals(event.getTopic())) {
                members.moveRows((String) event.getProperty(HearthTopics.MERGED_ID), personId);
            } else {
                members.forgetRows(personId);
            }
        } catch (RuntimeException e) {
            LOG.error("Sign-in could not update its rows for person {}: {}", personId, Failures.describe(e));
            throw e;
        }
    }
}
