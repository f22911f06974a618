package io.github.mediaops.abtest;

import java.util.Optional;

/**
 * The outcome of a two-sample frequentist test of treatment against control.
 *
 * @param method           the test used, e.g. {@code "welch-t"}, {@code "two-proportion-z"}
 * @param controlMean      control mean (a rate for proportions and ratio metrics)
 * @param treatmentMean    treatment mean
 * @param absolute         absolute effect {@code treatment - control}
 * @param relative         relative effect {@code treatment / control - 1}; empty when the control
 *                         mean is 0
 * @param statistic        the z or t statistic (0 when the estimate and its standard error are both 0)
 * @param degreesOfFreedom degrees of freedom of the t statistic; infinite for z statistics
 * @param pValue           p-value for {@link TestOptions#alternative()}
 * @param options          the options the test ran with
 *
 * @since 0.1.0
 */
public record TestResult(String method, double controlMean, double treatmentMean, Effect absolute,
                         Optional<Effect> relative, double statistic, double degreesOfFreedom, double pValue,
                         TestOptions options) {

    /** True when {@link #pValue()} is below alpha. */
    public boolean significant() {
        return pValue < options.alpha();
    }
}
