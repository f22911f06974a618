package io.github.mediaops.abtest;

/**
 * An estimated effect of the treatment with its standard error, confidence interval and p-value.
 *
 * @param estimate      point estimate (absolute: treatment - control, in metric units; relative:
 *                      treatment / control - 1, a fraction such as 0.05 for +5%)
 * @param standardError standard error of the estimate (delta-method for relative effects)
 * @param interval      interval at the level and sidedness of the test
 * @param pValue        p-value of {@code estimate / standardError} against 0 on this effect's own scale
 *                      (for a relative effect: its delta-method statistic, as GrowthBook reports it)
 *
 * @since 0.1.0
 */
public record Effect(double estimate, double standardError, Interval interval, double pValue) {
}
