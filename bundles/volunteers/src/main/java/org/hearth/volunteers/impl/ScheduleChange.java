package org.hearth.volunteers.impl;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A change of the schedule, for the coordinator: who, the other person of a swap, what (PICKED, DROPPED,
 * SWAP_OFFERED, SWAPPED, REMOVED), the shift's role and start, and when.
 */
record ScheduleChange(Optional<String> personId, Optional<String> otherId, String kind, String roleCode,
                      LocalDateTime shiftStart, LocalDateTime at) {
}
