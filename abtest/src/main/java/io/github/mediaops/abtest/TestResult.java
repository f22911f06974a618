package io.github.mediaops.abtest;

import java.util.Optional;

/**
 * The outcome of a two-sample frequentist test of treatment against control.
 *
 * @param method           the test used, e.g. {@code "welch-t"}, {@code "two-proportion-z"}
 * @param controlN         units in the control arm
 * @param treatmentN       units in the treatment arm
 * @param controlMean      control mean (a rate for proportions and ratio metrics)
 * @param treatmentMean    treatment mean
 * @param absolute         absolute effect {@code treatment - control}, with its own p-value
 * @param relative         relative effect {@code treatment / control - 1} with its delta-method standard
 *                         error and p-value; empty when the control mean is 0
 * @param statistic        the z or t statistic of the effect chosen by {@link TestOptions#inference()}
 *                         (0 when the estimate and its standard error are both 0)
 * @param degreesOfFreedom degrees of freedom of the t statistic; infinite for z statistics
 * @param pValue           p-value for {@link TestOptions#alternative()} of the effect chosen by
 *                         {@link TestOptions#inference()}
 * @param options          the options the test ran with
 *
 * @since 0.1.0
 */
public record TestResult(String method, long controlN, long treatmentN, double controlMean, double treatmentMean,
                         Effect absolute, Optional<Effect> relative, double statistic, double degreesOfFreedom,
                         double pValue, TestOptions options) {

    /** True when {@link #pValue()} is below alpha. */
    public boolean significant() {
        return pValue < options.alpha();
    }

    /** Units in both arms. */
    public long totalUnits() {
        return controlN + treatmentN;
    }

    /**
     * The effect on the given scale.
     *
     * @throws io.github.mediaops.core.InvalidValueException for {@code RELATIVE} when the control mean is 0
     */
    public Effect effect(Planning.Scale scale) {
        if (scale == Planning.Scale.ABSOLUTE) {
            return absolute;
        }
        return relative.orElseThrow(() -> new io.github.mediaops.core.InvalidValueException("control.sumX",
                "the control mean is 0, so there is no relative effect (control mean " + controlMean + ")"));
    }
}
