package io.github.mediaops.analytics.planning.checkin;

import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;

/**
 * One participant's progress.
 *
 * @param userId         who
 * @param daysCheckedIn  distinct challenge days with a check-in
 * @param longestStreak  longest run of consecutive checked-in days
 * @param currentStreak  run ending on the as-of day or the day before (0 once broken)
 * @param lastDay        the last day checked in
 * @param completed      checked in on every day of the challenge
 * @param rewardEligible meets both reward requirements
 */
public record ParticipantResult(String userId, int daysCheckedIn, int longestStreak, int currentStreak, LocalDate lastDay,
                                boolean completed, boolean rewardEligible) {
    public ParticipantResult {
        Checks.notBlank(userId, "userId");
        Checks.notNull(lastDay, "lastDay");
    }
}
