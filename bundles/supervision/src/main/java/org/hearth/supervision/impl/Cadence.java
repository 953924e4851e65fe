package org.hearth.supervision.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.hearth.api.PeerProfile;
import org.hearth.api.PeerStaff;
import org.hearth.api.Viewer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * How often a peer is due for supervision, from their peer role: a recovery coach weekly, a recovery associate
 * at the center's cadence (a peer without a profile as an associate). Shown only to the peer's supervisor and
 * backup. Thread-safe.
 */
@Component(service = Cadence.class, immediate = true)
public class Cadence {

    /** Where a peer stands: the next session is still to come, due now, or overdue. */
    enum State { UPCOMING, DUE, OVERDUE }

    /** The last session (if any), the day the next is due, the state today and the cadence in days. */
    record Due(Optional<LocalDate> lastMet, LocalDate dueOn, State state, int everyDays) {
        boolean needsSession() {
            return state != State.UPCOMING;
        }
    }

    private final SupervisionLog log;
    private final PeerStaff peers;
    private final SupervisionSettings settings;
    private final Access access;
    private final Clock clock;

    @Activate
    public Cadence(@Reference SupervisionLog log, @Reference PeerStaff peers, @Reference SupervisionSettings settings,
                   @Reference Access access, @Reference Clock clock) {
        this.log = log;
        this.peers = peers;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /** The peer's cadence; only their supervisor or backup may ask. */
    Due of(Viewer viewer, String peerId) {
        access.requireSupervisor(viewer, peerId);
        SupervisionSettings.Rules rules = settings.rules();
        boolean coach = peers.profile(peerId).map(PeerProfile::isCoach).orElse(false);
        return due(log.lastMet(peerId), coach ? rules.coachDays() : rules.associateDays(), rules.overdueAfterDays(),
                LocalDate.now(clock));
    }

    /**
     * The rule: the next session is due {@code every} days after the last (at once when there was none), and
     * overdue more than {@code overdueAfter} days after that.
     */
    static Due due(Optional<LocalDate> last, int every, int overdueAfter, LocalDate today) {
        LocalDate dueOn = last.map(d -> d.plusDays(every)).orElse(today);
        State state = today.isBefore(dueOn) ? State.UPCOMING
                : today.isAfter(dueOn.plusDays(overdueAfter)) ? State.OVERDUE : State.DUE;
        return new Due(last, dueOn, state, every);
    }
}
