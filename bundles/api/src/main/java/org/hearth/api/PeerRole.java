package org.hearth.api;

import java.util.Locale;

/**
 * What kind of peer staff a person is. A recovery coach has the full coach training and may work alone;
 * a recovery associate has the shorter training and works under a coach's or supervisor's oversight.
 * Features read it to gate shifts and to set the cadence of supervision.
 */
public enum PeerRole {
    /** Full recovery coach training; may work alone; supervised at least weekly. */
    RECOVERY_COACH,
    /** Shorter training; works with a coach or supervisor on the same shift; needs oversight. */
    RECOVERY_ASSOCIATE;

    /** The key of this peer role's name in translations, for example {@code peer.recovery_coach}. */
    public String textKey() {
        return "peer." + name().toLowerCase(Locale.ROOT);
    }
}
