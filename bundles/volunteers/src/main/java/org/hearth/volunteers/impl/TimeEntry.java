package org.hearth.volunteers.impl;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One check-in and its check-out at the kiosk.
 *
 * @param personId   empty once the person's record was deleted at their wish (the hours stay counted)
 * @param minutes    the rounded minutes, once checked out
 * @param autoClosed the check-out was forgotten and closed at the shift's end: a coordinator should look
 * @param approvedBy who approved the hours, once approved (empty text when the approver's record was deleted)
 */
record TimeEntry(long id, Optional<Long> shiftId, Optional<String> personId, String roleCode, LocalDateTime checkedIn,
                 Optional<LocalDateTime> checkedOut, Optional<Integer> minutes, boolean autoClosed,
                 Optional<String> approvedBy) {

    boolean isOpen() {
        return checkedOut.isEmpty();
    }

    boolean isApproved() {
        return approvedBy.isPresent();
    }
}
