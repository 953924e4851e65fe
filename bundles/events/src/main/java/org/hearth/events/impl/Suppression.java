package org.hearth.events.impl;

/**
 * Small-number suppression for anything that leaves the kiosk (exports for funders): a count from 1 to 10
 * could point at a person, so it is written as {@value #SMALL}. The coordinator's own screen shows real numbers.
 */
final class Suppression {

    static final String SMALL = "<11";
    static final int THRESHOLD = 10;

    private Suppression() {
    }

    static String exported(long count) {
        return count >= 1 && count <= THRESHOLD ? SMALL : Long.toString(count);
    }
}
