package io.github.mediaops.analytics.growth.monitor;

import io.github.mediaops.core.validate.Checks;
import java.util.Set;

/**
 * The monitor's view of one bucket.
 *
 * @param count        the bucket
 * @param expected     the baseline negative count for its hour of week
 * @param z            the standardised negative count
 * @param ewma         EWMA of z after this bucket
 * @param cusum        upper CUSUM of z after this bucket (before any reset)
 * @param volumeP      Poisson P(X ≥ negative | expected)
 * @param shareP       binomial P(X ≥ negative | total, baseline share)
 * @param signals      detectors that fired
 * @param level        the level after escalation rules
 */
public record Assessment(HourlyCount count, double expected, double z, double ewma, double cusum, double volumeP,
                         double shareP, Set<Signal> signals, AlertLevel level) {
    public Assessment {
        Checks.notNull(count, "count");
        signals = Checks.setOf(signals, "signals");
        Checks.notNull(level, "level");
    }
}
