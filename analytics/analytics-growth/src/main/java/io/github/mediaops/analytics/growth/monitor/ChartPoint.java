package io.github.mediaops.analytics.growth.monitor;

/**
 * One point of an {@link EwmaChart}.
 *
 * @param index     0-based position in the series
 * @param value     the observation
 * @param statistic the EWMA after this observation
 * @param lower     the lower control limit at this point
 * @param upper     the upper control limit at this point
 */
public record ChartPoint(int index, double value, double statistic, double lower, double upper) {

    /** True when the statistic is above the upper limit. */
    public boolean aboveUpper() {
        return statistic > upper;
    }

    /** True when the statistic is below the lower limit. */
    public boolean belowLower() {
        return statistic < lower;
    }

    /** True when the statistic is outside the limits. */
    public boolean outOfControl() {
        return aboveUpper() || belowLower();
    }
}
