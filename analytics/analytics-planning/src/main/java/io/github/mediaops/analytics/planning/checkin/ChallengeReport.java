package io.github.mediaops.analytics.planning.checkin;

import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * Progress of a check-in challenge as of a day.
 *
 * @param challenge      the challenge
 * @param asOf           the day the report is as of (today, capped to the challenge's last day)
 * @param participants   distinct users with a valid check-in
 * @param results        per participant, by user id
 * @param byDay          per challenge day up to {@code asOf}
 * @param ignored        check-ins outside the challenge period or after {@code asOf} (not counted)
 * @param repeats        extra check-ins by a user on a day already checked in (counted once)
 * @param completed      participants who checked in every day
 * @param rewardEligible participants who meet the reward requirements
 */
public record ChallengeReport(Challenge challenge, LocalDate asOf, int participants, List<ParticipantResult> results,
                              List<DayStat> byDay, int ignored, int repeats, int completed, int rewardEligible) {
    public ChallengeReport {
        Checks.notNull(challenge, "challenge");
        Checks.notNull(asOf, "asOf");
        results = Checks.listOf(results, "results");
        byDay = Checks.listOf(byDay, "byDay");
    }
}
