package io.github.mediaops.abtest.sequential;

import io.github.mediaops.abtest.Interval;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * Immutable running state of an always-valid test across looks: the running minimum p-value and the
 * running intersection of the confidence-sequence intervals (both remain valid under continuous
 * monitoring). Each {@code observe} returns a new monitor; store it between looks.
 *
 * @param looks    looks observed so far
 * @param pValue   running minimum of the per-look always-valid p-values (1 before any look)
 * @param interval running intersection of the intervals (unbounded before any look)
 */
public record SequentialMonitor(int looks, double pValue, Interval interval) {

    public SequentialMonitor {
        Checks.nonNegative(looks, "looks");
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new InvalidValueException("pValue", "pValue must be in [0, 1] (was " + pValue + ")");
        }
        Checks.notNull(interval, "interval");
    }

    /** The state before any look. */
    public static SequentialMonitor start() {
        return new SequentialMonitor(0, 1.0, Interval.unbounded());
    }

    /** Adds an mSPRT look. */
    public SequentialMonitor observe(Msprt.Look look) {
        Checks.notNull(look, "look");
        return next(look.pValue(), look.interval());
    }

    /** Adds a confidence-sequence look. */
    public SequentialMonitor observe(ConfidenceSequence.Look look) {
        Checks.notNull(look, "look");
        return next(look.pValue(), look.interval());
    }

    /** True when the running p-value is below alpha: the test may stop. */
    public boolean rejects(double alpha) {
        return pValue < alpha;
    }

    private SequentialMonitor next(double p, Interval i) {
        double lo = Math.max(interval.lower(), i.lower());
        double hi = Math.min(interval.upper(), i.upper());
        // An empty intersection can only happen on a (rare, at most alpha-probable) miscoverage;
        // keep the latest interval then rather than an invalid one.
        Interval merged = lo <= hi ? new Interval(lo, hi) : i;
        return new SequentialMonitor(looks + 1, Math.min(pValue, p), merged);
    }
}
