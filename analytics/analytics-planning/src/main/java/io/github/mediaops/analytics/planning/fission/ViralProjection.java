package io.github.mediaops.analytics.planning.fission;

import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Projected growth of a referral campaign with a constant K-factor: cycle c brings
 * {@code seeds × K^c} new users, so the total after c cycles is {@code seeds × (1 + K + ... + K^c)}.
 * With K &lt; 1 the total converges to {@code seeds / (1 - K)}; with K ≥ 1 it grows without bound
 * (until the audience saturates, which this model ignores). A cycle lasts the viral cycle time.
 */
public final class ViralProjection {
    private ViralProjection() {
    }

    /**
     * One cycle of a projection.
     *
     * @param cycle      0 for the seeds
     * @param after      time since the seeds joined (cycle × cycle time)
     * @param newUsers   users joining in this cycle (fractional: an expectation)
     * @param cumulative users so far
     */
    public record Step(int cycle, Duration after, double newUsers, double cumulative) {
        public Step {
            Checks.nonNegative(cycle, "cycle");
            Checks.notNull(after, "after");
        }
    }

    /** Cycles 0..{@code cycles} of growth from {@code seeds} users at K-factor {@code k}. */
    public static List<Step> project(long seeds, double k, int cycles, Duration cycleTime) {
        Checks.positive(seeds, "seeds");
        Checks.nonNegative(k, "k");
        Checks.nonNegative(cycles, "cycles");
        Checks.notNull(cycleTime, "cycleTime");
        List<Step> out = new ArrayList<>();
        double current = seeds;
        double total = seeds;
        out.add(new Step(0, Duration.ZERO, current, total));
        for (int c = 1; c <= cycles; c++) {
            current *= k;
            total += current;
            out.add(new Step(c, cycleTime.multipliedBy(c), current, total));
        }
        return List.copyOf(out);
    }

    /** The limit {@code seeds / (1 - K)} for K &lt; 1; empty when K ≥ 1 (unbounded). */
    public static OptionalDouble limit(long seeds, double k) {
        Checks.positive(seeds, "seeds");
        Checks.nonNegative(k, "k");
        return k < 1 ? OptionalDouble.of(seeds / (1 - k)) : OptionalDouble.empty();
    }

    /** Cycles until the cumulative total first reaches {@code target}; empty if K &lt; 1 and it never does. */
    public static java.util.OptionalInt cyclesToReach(long seeds, double k, double target) {
        Checks.positive(seeds, "seeds");
        Checks.nonNegative(k, "k");
        Checks.finite(target, "target");
        if (k < 1 && target >= seeds / (1 - k) && target > seeds) {
            return java.util.OptionalInt.empty(); // the limit is approached but never reached
        }
        double current = seeds;
        double total = seeds;
        for (int c = 0; c < 10_000; c++) {
            if (total >= target) {
                return java.util.OptionalInt.of(c);
            }
            current *= k;
            total += current;
        }
        return java.util.OptionalInt.empty();
    }
}
