package io.github.mediaops.analytics.planning.besttime;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * One past post and how it did: its engagement rate {@code engagements / impressions} is what the
 * best-time engine scores.
 *
 * @param publishedAt when it went out
 * @param impressions views, reads or plays; at least 1
 * @param engagements likes + comments + shares + saves (whatever the team counts), non-negative
 */
public record PostOutcome(Instant publishedAt, long impressions, long engagements) {
    public PostOutcome {
        Checks.notNull(publishedAt, "publishedAt");
        Checks.positive(impressions, "impressions");
        Checks.nonNegative(engagements, "engagements");
    }

    public double rate() {
        return (double) engagements / impressions;
    }
}
