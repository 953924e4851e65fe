package org.hearth.api;

/**
 * Small-number suppression for anything that leaves the kiosk (exports for funders): a count from 1 to 10
 * could point at a person, so it is written as {@value #SMALL}. Zero and 11 or more are written as they
 * are. On the coordinator's own screen the real numbers are shown. One rule for every feature, so a
 * funder never gets a 4 from one export that another would have written as "<11".
 */
public final class Suppression {

    /** How a suppressed count is written. */
    public static final String SMALL = "<11";
    /** The largest count that is suppressed. */
    public static final int THRESHOLD = 10;

    private Suppression() {
    }

    /** Whether a count is suppressed when exported. */
    public static boolean suppressed(long count) {
        return count >= 1 && count <= THRESHOLD;
    }

    /** A count as it may be exported. */
    public static String exported(long count) {
        return suppressed(count) ? SMALL : Long.toString(count);
    }
}
