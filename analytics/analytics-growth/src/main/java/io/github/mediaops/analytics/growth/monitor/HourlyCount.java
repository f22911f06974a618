package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * Comment counts for one time bucket (normally one hour): how many comments arrived and how many of
 * them a sentiment scorer judged negative.
 *
 * @param start    the bucket's start
 * @param total    comments in the bucket, &ge; 0
 * @param negative negative comments, 0 &le; negative &le; total
 */
public record HourlyCount(Instant start, long total, long negative) {
    public HourlyCount {
        Checks.notNull(start, "start");
        Checks.nonNegative(total, "total");
        Checks.nonNegative(negative, "negative");
        if (negative > total) {
            throw new InvalidValueException("negative", "negative (" + negative + ") must not exceed total (" + total + ") at " + start);
        }
    }
}
