package io.github.mediaops.analytics.measure.nps;

import io.github.mediaops.core.validate.Checks;

/**
 * The difference between two independent recommendation scores (two periods, two segments).
 *
 * @param difference    score A − score B, in points
 * @param standardError √(SE<sub>A</sub>² + SE<sub>B</sub>²), in points
 * @param z             difference / standard error; 0 when the standard error is 0 (every answer of both
 *                      samples in one group), in which case the p-value is 0 if the scores differ and 1 if not
 * @param pValue        two-sided p-value of the z statistic under the normal approximation
 * @param interval      difference ± z<sub>α/2</sub> × standard error (not clipped; the range is −200..200)
 */
public record ScoreDifference(double difference, double standardError, double z, double pValue,
                              ScoreInterval interval) {
    public ScoreDifference {
        Checks.finite(difference, "difference");
        Checks.nonNegative(standardError, "standardError");
        Checks.finite(z, "z");
        Checks.fraction(pValue, "pValue");
        Checks.notNull(interval, "interval");
    }

    /** Whether the two-sided test rejects equality at level {@code alpha}. */
    public boolean significantAt(double alpha) {
        return pValue < Checks.fraction(alpha, "alpha");
    }
}
