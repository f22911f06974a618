package io.github.mediaops.connector.tck;

import java.util.SplittableRandom;

/**
 * Daily ad spend and the conversions a known Hill response curve gives for it, for ad-platform simulators whose
 * reports a budget or response-curve fit is tested against: the fit must recover {@code beta}, {@code alpha} and
 * {@code halfSaturation}. Spend is drawn uniformly in {@code [min, max]} from a seeded {@link SplittableRandom}, so
 * a seed always gives the same days; conversions are
 * {@code round(beta·s^alpha / (s^alpha + halfSaturation^alpha))} (the Hill / Michaelis–Menten saturation curve).
 *
 * @param beta           the conversions the curve saturates at
 * @param alpha          the shape (steepness)
 * @param halfSaturation the spend at which half of {@code beta} is reached
 */
public record SimulatedSpend(double beta, double alpha, double halfSaturation) {
    public SimulatedSpend {
        if (!(beta >= 0) || !(alpha > 0) || !(halfSaturation > 0)) {
            throw new IllegalArgumentException("a Hill curve needs beta >= 0, alpha > 0 and halfSaturation > 0 (was beta="
                    + beta + ", alpha=" + alpha + ", halfSaturation=" + halfSaturation + ")");
        }
    }

    /** The rounded conversions the curve gives for spend {@code s}. */
    public long conversions(double s) {
        double h = Math.pow(s, alpha);
        return Math.round(beta * h / (h + Math.pow(halfSaturation, alpha)));
    }

    /** {@code days} spends drawn uniformly in {@code [min, max]} (before any rounding) from {@code seed}, in day order. */
    public static double[] dailySpends(int days, double min, double max, long seed) {
        if (days < 0 || !(max >= min)) {
            throw new IllegalArgumentException("need days >= 0 and max >= min (was days=" + days + ", min=" + min
                    + ", max=" + max + ")");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[days];
        for (int d = 0; d < days; d++) {
            out[d] = min + random.nextDouble() * (max - min);
        }
        return out;
    }
}
