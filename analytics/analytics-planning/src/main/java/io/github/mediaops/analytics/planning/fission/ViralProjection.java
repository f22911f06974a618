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
 *
 * <pre>{@code
 * ViralProjection p = ViralProjection.of(1_000, 1.2);               // 1,000 seeds, K = 1.2
 * OptionalInt cycles = p.cyclesToReach(10_000);                      // 5
 * List<ViralProjection.Step> days = p.project(7, Duration.ofDays(1));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ViralProjection {
    private final long seeds;
    private final double k;

    private ViralProjection(long seeds, double k) {
        this.seeds = Checks.positive(seeds, "seeds");
        this.k = Checks.nonNegative(k, "k");
    }

    /**
     * Growth from {@code seeds} users at K-factor {@code k}.
     *
     * @param seeds the users reached directly; at least 1
     * @param k     new users each user brings per cycle; &ge; 0
     * @return the projection
     */
    public static ViralProjection of(long seeds, double k) {
        return new ViralProjection(seeds, k);
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
        /** Validates the components; bad values fail with the field named. */
        public Step {
            Checks.nonNegative(cycle, "cycle");
            Checks.notNull(after, "after");
        }
    }

    /**
     * Cycles 0..{@code cycles} of growth.
     *
     * @param cycles    the last cycle; &ge; 0
     * @param cycleTime how long one cycle lasts
     * @return one step per cycle, the seeds first
     */
    public List<Step> project(int cycles, Duration cycleTime) {
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

    /** @return the limit {@code seeds / (1 - K)} for K &lt; 1; empty when K ≥ 1 (unbounded) */
    public OptionalDouble limit() {
        return k < 1 ? OptionalDouble.of(seeds / (1 - k)) : OptionalDouble.empty();
    }

    /**
     * Cycles until the cumulative total first reaches {@code target}.
     *
     * @param target the users wanted in total
     * @return the cycles; empty if K &lt; 1 and the total never gets there
     */
    public java.util.OptionalInt cyclesToReach(double target) {
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
