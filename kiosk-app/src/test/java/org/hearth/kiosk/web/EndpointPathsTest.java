package org.hearth.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bundle's endpoint never shadows the kiosk's own paths, and a drop-in serves under its own prefix only. */
class EndpointPathsTest {

    @Test
    void theKiosksOwnPathsAreNeverABundles() {
        for (String path : new String[] {"/", "/staff", "/staff/home", "/m/signin", "/M/SIGNIN", "/health",
                "/health/x", "/VAADIN/build/app.js", "/styles/kiosk.css"}) {
            assertThat(EndpointPaths.reserved(path)).as(path).isTrue();
        }
        assertThat(EndpointPaths.reserved("/calendar.ics")).isFalse();
        assertThat(EndpointPaths.reserved("/volunteers/calendar.ics")).isFalse();
    }

    @Test
    void aDropInServesUnderItsOwnNameOnly() {
        assertThat(EndpointPaths.ownedBy("org.example.noticeboard", "/noticeboard/feed.json")).isTrue();
        assertThat(EndpointPaths.ownedBy("org.example.noticeboard", "/calendar.ics")).isFalse();
        assertThat(EndpointPaths.ownedBy("org.example.noticeboard", "/noticeboardx/feed")).isFalse();
        assertThat(EndpointPaths.ownedBy("org.example.staff", "/staff/login")).isFalse();
        assertThat(EndpointPaths.ownedBy("org.example.m", "/m/signin")).isFalse();
    }
}
