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
 *       after it, {@link Reason#NOT_SIGNIFICANT} when no plan was given.</li>
 * </ol>
 *
 * @param verdict the verdict
 * @param reasons why, most important first
 * @param summary a readable explanation with the numbers
 */
public record Decision(Verdict verdict, List<Reason> reasons, String summary) {

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
        SIGNIFICANT, SRM_FAILED, TOO_EARLY, UNDERPOWERED, NO_EFFECT_DETECTED, NOT_SIGNIFICANT
    }

    /** Starts a decision about the given test result (absolute effect, its interval and p-value). */
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

        /** The SRM check of the same experiment. */
        public Builder srm(SampleRatioMismatch.Result check) {
            this.srm = Checks.notNull(check, "srm");
            return this;
        }

        /** Planned and observed units per arm (observed: the smallest arm). */
        public Builder sample(long planned, long observed) {
            this.plannedPerArm = Checks.positive(planned, "planned");
            this.observedPerArm = Checks.nonNegative(observed, "observed");
            return this;
        }

        /** False for metrics where lower is better (bounce rate, unfollows). Default true. */
        public Builder higherIsBetter(boolean value) {
            this.higherIsBetter = value;
            return this;
        }

        /** True when the result is always-valid (sequential), so reading it early is allowed. */
        public Builder sequential(boolean value) {
            this.sequential = value;
            return this;
        }

        /** The metric's name for the summary, e.g. "click-through rate". */
        public Builder metricName(String name) {
            this.metricName = Checks.notBlank(name, "metricName");
            return this;
        }

        public Decision build() {
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
            return new Decision(Verdict.INCONCLUSIVE, reasons, "INCONCLUSIVE: " + effect + ", not significant.");
        }

        private static String relativeText(Optional<Effect> rel) {
            return rel.map(r -> String.format(Locale.ROOT, "%+.2f%% relative, ", 100 * r.estimate())).orElse("");
        }

        private static String intervalText(Interval i, TestOptions o) {
            return String.format(Locale.ROOT, "%.0f%% CI [%.4g, %.4g]", 100 * (1 - o.alpha()), i.lower(), i.upper());
        }
    }

}
