package io.github.mediaops.analytics.growth.kol;

import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Cost and engagement metrics of one KOL collaboration. Money metrics are rounded half-even to the
 * currency's minor unit; a metric whose denominator is absent or zero is empty.
 *
 * @param cpm                 cost per thousand impressions
 * @param cpe                 cost per engagement (likes + comments + shares + saves)
 * @param cpv                 cost per view (play / read)
 * @param costPerFollower     cost per follower gained
 * @param engagementRate      engagements / denominator, as a fraction
 * @param denominator         what the engagement rate was divided by
 * @param estimatedReach      unique accounts reached (reported, or estimated: see {@link KolEvaluator})
 * @param reachIsEstimate     true when {@code estimatedReach} is an estimate rather than reported
 */
public record KolReport(Optional<Money> cpm, Optional<Money> cpe, Optional<Money> cpv, Optional<Money> costPerFollower,
                        OptionalDouble engagementRate, EngagementDenominator denominator, double estimatedReach,
                        boolean reachIsEstimate) {
    public KolReport {
        Checks.notNull(cpm, "cpm");
        Checks.notNull(cpe, "cpe");
        Checks.notNull(cpv, "cpv");
        Checks.notNull(costPerFollower, "costPerFollower");
        Checks.notNull(engagementRate, "engagementRate");
        Checks.notNull(denominator, "denominator");
    }
}
