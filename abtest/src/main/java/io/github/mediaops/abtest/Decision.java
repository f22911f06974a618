package io.github.mediaops.abtest;

import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A decision an operator can read: winner, loser, inconclusive or invalid, with the reasons and a
 * one-paragraph explanation. Build it with {@link #builder(TestResult)}.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>a failed sample ratio mismatch check makes the experiment {@link Verdict#INVALID};</li>
 *   <li>a significant result on a <em>fixed-horizon</em> test read before the planned sample is
 *       {@link Verdict#INCONCLUSIVE} ({@link Reason#TOO_EARLY}: peeking inflates false positives);
 *       an always-valid (sequential) result may stop early;</li>
 *   <li>otherwise a significant result is a {@link Verdict#WINNER} or {@link Verdict#LOSER} according
 *       to its sign and whether higher is better;</li>
 *   <li>a non-significant result is {@link Verdict#INCONCLUSIVE}: {@link Reason#UNDERPOWERED} (fixed)
 *       or {@link Reason#TOO_EARLY} (sequential) before the planned sample, {@link Reason#NO_EFFECT_DETECTED}
 *       after it, {@link Reason#NOT_SIGNIFICANT} when no plan was given;</li>
 *   <li>without a planned sample ({@link Builder#plannedPerArm(long)}) the power of a fixed-horizon test
 *       is unknown: the decision carries {@link Reason#POWER_UNKNOWN}, and a significant result is
 *       {@link Verdict#INCONCLUSIVE} rather than a winner, because nothing shows that the test was not
 *       read early. An always-valid (sequential) result needs no plan.</li>
 * </ol>
 *
 * <pre>{@code
 * Decision d = Decision.builder(result)
 *         .srm(SampleRatioMismatch.test(new long[] {41746, 42254}, new double[] {0.5, 0.5}))
 *         .plannedPerArm(39475).observedPerArm(41746)
 *         .metricName("click-through rate")
 *         .build();
 * d.verdict();   // WINNER
 * }</pre>
 *
 * @param verdict the verdict
 * @param reasons why, most important first
 * @param summary a readable explanation with the numbers
 *
 * @since 0.1.0
 */
public record Decision(Verdict verdict, List<Reason> reasons, String summary) {

    /** Validates the components; bad values fail with the field named. */
    public Decision {
        Checks.notNull(verdict, "verdict");
        reasons = Checks.listOf(reasons, "reasons");
        Checks.notBlank(summary, "summary");
    }

    /** What to do with the treatment. */
    public enum Verdict {
        /** Ship the treatment: it is significantly better. */
        WINNER,
        /** Keep the control: the treatment is significantly worse. */
        LOSER,
        /** Not enough evidence either way (yet). */
        INCONCLUSIVE,
        /** The data cannot be trusted (sample ratio mismatch). */
        INVALID
    }

    /** Why the verdict was reached. */
    public enum Reason {
        /** The test is significant at its alpha. */
        SIGNIFICANT,
        /** The sample ratio mismatch check failed. */
        SRM_FAILED,
        /** Read before the planned sample. */
        TOO_EARLY,
        /** Not significant before the planned sample of a fixed-horizon test. */
        UNDERPOWERED,
        /** Not significant at the planned sample. */
        NO_EFFECT_DETECTED,
        /** Not significant, and no plan was given. */
        NOT_SIGNIFICANT,
        /** No planned sample was given, so the power of a fixed-horizon test is unknown. */
        POWER_UNKNOWN
    }

    /**
     * Starts a decision about the given test result (absolute effect, its interval and p-value).
     *
     * @param result the test result
     * @return a builder
     */
    public static Builder builder(TestResult result) {
        return new Builder(Checks.notNull(result, "result"));
    }

    /** Collects the evidence for a {@link Decision}. */
    public static final class Builder {
        private final TestResult result;
        private SampleRatioMismatch.Result srm;
        private long plannedPerArm = -1;
        private long observedPerArm = -1;
        private boolean higherIsBetter = true;
        private boolean sequential;
        private String metricName = "the metric";

        private Builder(TestResult result) {
            this.result = result;
        }

        /**
         * The SRM check of the same experiment.
         *
         * @param check the check's result
         * @return this builder
         */
        public Builder srm(SampleRatioMismatch.Result check) {
            this.srm = Checks.notNull(check, "srm");
            return this;
        }

        /**
         * The planned units per arm, from the sample-size plan ({@link Planning}). Without it the power of a
         * fixed-horizon test is unknown.
         *
         * @param planned units per arm, at least 1
         * @return this builder
         */
        public Builder plannedPerArm(long planned) {
            this.plannedPerArm = Checks.positive(planned, "plannedPerArm");
            return this;
        }

        /**
         * The observed units per arm: the smallest arm's count. Required when a plan is given.
         *
         * @param observed units in the smallest arm, at least 0
         * @return this builder
         */
        public Builder observedPerArm(long observed) {
            this.observedPerArm = Checks.nonNegative(observed, "observedPerArm");
            return this;
        }

        /**
         * False for metrics where lower is better (bounce rate, unfollows). Default true.
         *
         * @param value whether higher values of the metric are better
         * @return this builder
         */
        public Builder higherIsBetter(boolean value) {
            this.higherIsBetter = value;
            return this;
        }

        /**
         * True when the result is always-valid (sequential), so reading it early is allowed.
         *
         * @param value whether the result is always-valid
         * @return this builder
         */
        public Builder sequential(boolean value) {
            this.sequential = value;
            return this;
        }

        /**
         * The metric's name for the summary, e.g. "click-through rate".
         *
         * @param name the name, not blank
         * @return this builder
         */
        public Builder metricName(String name) {
            this.metricName = Checks.notBlank(name, "metricName");
            return this;
        }

        /**
         * Applies the rules of {@link Decision} in order.
         *
         * @return the decision
         * @throws io.github.mediaops.core.InvalidValueException if a planned sample was given without the
         *         observed one, or the other way round
         */
        public Decision build() {
            if ((plannedPerArm > 0) != (observedPerArm >= 0)) {
                String missing = plannedPerArm > 0 ? "observedPerArm" : "plannedPerArm";
                throw new io.github.mediaops.core.InvalidValueException(missing, missing
                        + " must be given together with " + (plannedPerArm > 0 ? "plannedPerArm" : "observedPerArm"));
            }
            List<Reason> reasons = new ArrayList<>();
            Effect abs = result.absolute();
            String effect = String.format(Locale.ROOT, "%s changed by %+.4g (%s%s), p = %.3g", metricName,
                    abs.estimate(), relativeText(result.relative()), intervalText(abs.interval(), result.options()),
                    result.pValue());
            boolean early = plannedPerArm > 0 && observedPerArm < plannedPerArm;
            String sampleText = plannedPerArm > 0
                    ? String.format(Locale.ROOT, "%d of %d planned units per arm", observedPerArm, plannedPerArm) : "";
            if (srm != null && srm.mismatch()) {
                reasons.add(Reason.SRM_FAILED);
                return new Decision(Verdict.INVALID, reasons, String.format(Locale.ROOT,
                        "INVALID: sample ratio mismatch (chi-square %.2f, p = %.3g < %.3g). The split of units does not "
                                + "match the configured weights, so the assignment or the logging is broken; fix it before "
                                + "reading any result.", srm.chiSquare(), srm.pValue(), srm.threshold()));
            }
            if (result.significant()) {
                if (early && !sequential) {
                    reasons.add(Reason.TOO_EARLY);
                    reasons.add(Reason.SIGNIFICANT);
                    return new Decision(Verdict.INCONCLUSIVE, reasons, "INCONCLUSIVE: " + effect
                            + ", but this fixed-horizon test has only " + sampleText
                            + "; a significant peek before the planned sample is not a result. Keep running.");
                }
                if (plannedPerArm < 0 && !sequential) {
                    reasons.add(Reason.POWER_UNKNOWN);
                    reasons.add(Reason.SIGNIFICANT);
                    return new Decision(Verdict.INCONCLUSIVE, reasons, "INCONCLUSIVE (power unknown): " + effect
                            + " — significant at alpha = " + result.options().alpha() + ", but no planned sample was given, "
                            + "so nothing shows this fixed-horizon test was not read early. Give the plan "
                            + "(plannedPerArm and observedPerArm) before deciding.");
                }
                reasons.add(Reason.SIGNIFICANT);
                boolean better = (abs.estimate() > 0) == higherIsBetter;
                return new Decision(better ? Verdict.WINNER : Verdict.LOSER, reasons,
                        (better ? "WINNER: " : "LOSER: ") + effect + " — significant at alpha = "
                                + result.options().alpha() + (sequential ? " (always-valid)" : "") + ". "
                                + (better ? "Ship the treatment." : "Keep the control."));
            }
            if (plannedPerArm > 0) {
                if (early) {
                    reasons.add(sequential ? Reason.TOO_EARLY : Reason.UNDERPOWERED);
                    return new Decision(Verdict.INCONCLUSIVE, reasons, "INCONCLUSIVE: " + effect + ", not significant with "
                            + sampleText + (sequential ? "; keep monitoring." : "; the test is underpowered until the plan is met."));
                }
                reasons.add(Reason.NO_EFFECT_DETECTED);
                return new Decision(Verdict.INCONCLUSIVE, reasons, "INCONCLUSIVE: " + effect + " with " + sampleText
                        + "; the planned sample is reached without a significant difference, so any effect is probably smaller than the planned minimum detectable effect.");
            }
            reasons.add(Reason.NOT_SIGNIFICANT);
            if (sequential) {
                return new Decision(Verdict.INCONCLUSIVE, reasons, "INCONCLUSIVE: " + effect + ", not significant.");
            }
            reasons.add(Reason.POWER_UNKNOWN);
            return new Decision(Verdict.INCONCLUSIVE, reasons, "INCONCLUSIVE (power unknown): " + effect
                    + ", not significant; without a planned sample it is unknown whether the test could have detected "
                    + "the effect you care about.");
        }

        private static String relativeText(Optional<Effect> rel) {
            return rel.map(r -> String.format(Locale.ROOT, "%+.2f%% relative, ", 100 * r.estimate())).orElse("");
        }

        private static String intervalText(Interval i, TestOptions o) {
            return String.format(Locale.ROOT, "%.0f%% CI [%.4g, %.4g]", 100 * (1 - o.alpha()), i.lower(), i.upper());
        }
    }

}
