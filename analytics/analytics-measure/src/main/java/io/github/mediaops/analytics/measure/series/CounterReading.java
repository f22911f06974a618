package io.github.mediaops.analytics.measure.series;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * One reading of a cumulative counter (a post's lifetime plays, an account's follower total).
 *
 * @param at    when it was read
 * @param value the counter's value, never negative
 */
public record CounterReading(Instant at, long value) {
    public CounterReading {
        Checks.notNull(at, "at");
        Checks.nonNegative(value, "value");
    }
}
