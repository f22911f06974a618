package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a {@link HillCurve} {@code y = β·s^α/(s^α+K^α)} to a channel's {@link SpendHistory} of per-period spend s
 * (already adstocked if the host models carry-over, see {@link Adstock}) and outcome y by bounded
 * nonlinear least squares.
 *
 * <p>Method: variable projection (Golub &amp; Pereyra 1973). For fixed (α, K) the best β ≥ 0 is
 * linear least squares in closed form, {@code β = Σ h·y / Σ h²}; the remaining two-parameter sum of
 * squares is minimised over the box α ∈ [alphaMin, alphaMax], ln K ∈ [ln kMin, ln kMax] by a coarse
 * grid followed by a Hooke–Jeeves pattern search (Hooke &amp; Jeeves, J. ACM 8, 1961) down to a step of
 * 1e-10. Parameters that end on a bound are listed in {@link CurveFit#atBound()}.
 *
 * <p>Bad input: fewer than 3 points, mismatched lengths, negative or non-finite values, or no
 * positive spend are rejected with {@link InvalidValueException}.
 *
 * <p>Bounds: {@link #defaultsFor} a history, narrowed with {@link #withShapeBetween} and
 * {@link #withHalfSaturationBetween} (each takes its lower bound first; a lower bound above the upper one is
 * refused).
 *
 * @since 0.1.0
 */
public final class CurveFitter {
    private final double alphaMin;
    private final double alphaMax;
    private final double kMin;
    private final double kMax;

    private CurveFitter(double alphaMin, double alphaMax, double kMin, double kMax) {
        Checks.finite(alphaMin, "alphaMin");
        Checks.finite(alphaMax, "alphaMax");
        Checks.finite(kMin, "kMin");
        Checks.finite(kMax, "kMax");
        if (!(alphaMin > 0) || alphaMax < alphaMin) {
            throw new InvalidValueException("alphaMin", "need 0 < alphaMin <= alphaMax (was " + alphaMin + ", " + alphaMax + ")");
        }
        if (!(kMin > 0) || kMax < kMin) {
            throw new InvalidValueException("kMin", "need 0 < kMin <= kMax (was " + kMin + ", " + kMax + ")");
        }
        this.alphaMin = alphaMin;
        this.alphaMax = alphaMax;
        this.kMin = kMin;
        this.kMax = kMax;
    }

    /**
     * This fitter with the shape α searched in [min, max].
     *
     * @param min lower bound of α, &gt; 0
     * @param max upper bound of α, &ge; min
     * @return the fitter
     */
    public CurveFitter withShapeBetween(double min, double max) {
        return new CurveFitter(min, max, kMin, kMax);
    }

    /**
     * This fitter with the half-saturation spend K searched in [min, max].
     *
     * @param min lower bound of K (spend units), &gt; 0
     * @param max upper bound of K, &ge; min
     * @return the fitter
     */
    public CurveFitter withHalfSaturationBetween(double min, double max) {
        return new CurveFitter(alphaMin, alphaMax, min, max);
    }

    /** @return the lower bound of α */
    public double alphaMin() {
        return alphaMin;
    }

    /** @return the upper bound of α */
    public double alphaMax() {
        return alphaMax;
    }

    /** @return the lower bound of K */
    public double kMin() {
        return kMin;
    }

    /** @return the upper bound of K */
    public double kMax() {
        return kMax;
    }

    @Override
    public String toString() {
        return "CurveFitter[alpha " + alphaMin + ".." + alphaMax + ", K " + kMin + ".." + kMax + "]";
    }

    /**
     * Default bounds for a history: α ∈ [0.3, 5] (Robyn's documented α range is about 0.5–3) and
     * K between 1% of the smallest positive spend and 10 times the largest spend.
     */
    public static CurveFitter defaultsFor(double[] spend) {
        Adstock.checkSeries(spend, "spend");
        double minPos = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double s : spend) {
            if (s > 0) {
                minPos = Math.min(minPos, s);
            }
            max = Math.max(max, s);
        }
        if (max <= 0) {
            throw new InvalidValueException("spend", "spend history has no positive spend: a response curve cannot be fitted");
        }
        return new CurveFitter(0.3, 5, minPos * 0.01, max * 10);
    }

    /** Fits with {@link #defaultsFor default bounds}. */
    public static CurveFit fitHill(SpendHistory history) {
        Checks.notNull(history, "history");
        return defaultsFor(history.spendValues()).fit(history);
    }

    /** Fits within this fitter's bounds. */
    public CurveFit fit(SpendHistory history) {
        Checks.notNull(history, "history");
        double[] spend = history.spendValues();
        double[] outcome = history.outcomeValues();
        Adstock.checkSeries(spend, "spend");
        Adstock.checkSeries(outcome, "outcome");
        if (spend.length != outcome.length) {
            throw new InvalidValueException("outcome", "outcome has " + outcome.length + " points but spend has " + spend.length);
        }
        if (spend.length < 3) {
            throw new InvalidValueException("spend", "need at least 3 points to fit 3 parameters (was " + spend.length + ")");
        }
        boolean anyPositive = false;
        for (double s : spend) {
            anyPositive |= s > 0;
        }
        if (!anyPositive) {
            throw new InvalidValueException("spend", "spend history has no positive spend: a response curve cannot be fitted");
        }
        Objective obj = new Objective(spend, outcome);
        double la = Math.log(kMin);
        double lb = Math.log(kMax);
        // coarse grid
        int g = 24;
        double bestA = alphaMin;
        double bestU = la;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= g; i++) {
            double a = alphaMin + (alphaMax - alphaMin) * i / g;
            for (int j = 0; j <= g; j++) {
                double u = la + (lb - la) * j / g;
                double v = obj.sse(a, u);
                if (v < best) {
                    best = v;
                    bestA = a;
                    bestU = u;
                }
            }
        }
        // Hooke-Jeeves pattern search within the box
        double[] p = {bestA, bestU};
        double[] lower = {alphaMin, la};
        double[] upper = {alphaMax, lb};
        double[] step = {Math.max((alphaMax - alphaMin) / g, 1e-3), Math.max((lb - la) / g, 1e-3)};
        double fp = best;
        for (int iter = 0; iter < 100_000 && Math.max(step[0], step[1]) > 1e-10; iter++) {
            double[] q = p.clone();
            double fq = explore(obj, q, fp, step, lower, upper);
            if (fq < fp) {
                // pattern moves while they keep improving
                while (true) {
                    double[] r = new double[2];
                    for (int d = 0; d < 2; d++) {
                        r[d] = clamp(2 * q[d] - p[d], lower[d], upper[d]);
                    }
                    p = q;
                    fp = fq;
                    double fr = obj.sse(r[0], r[1]);
                    double fr2 = explore(obj, r, fr, step, lower, upper);
                    if (fr2 < fp) {
                        q = r;
                        fq = fr2;
                    } else {
                        break;
                    }
                }
            } else {
                step[0] *= 0.5;
                step[1] *= 0.5;
            }
        }
        double alpha = p[0];
        double k = Math.exp(p[1]);
        double beta = obj.beta(alpha, p[1]);
        if (!(beta > 0)) {
            throw new InvalidValueException("outcome", "outcome does not increase with spend: the best fitting curve is flat (beta = 0)");
        }
        HillCurve curve = HillCurve.builder().saturation(beta).shape(alpha).halfSaturation(k).build();
        double sse = obj.sse(alpha, p[1]);
        double mean = 0;
        for (double y : outcome) {
            mean += y;
        }
        mean /= outcome.length;
        double sst = 0;
        for (double y : outcome) {
            sst += (y - mean) * (y - mean);
        }
        List<String> atBound = new ArrayList<>();
        double tolA = 1e-6 * (alphaMax - alphaMin + 1e-12);
        if (alpha <= alphaMin + tolA || alpha >= alphaMax - tolA) {
            atBound.add("alpha");
        }
        double tolU = 1e-6 * (lb - la + 1e-12);
        if (p[1] <= la + tolU || p[1] >= lb - tolU) {
            atBound.add("halfSaturation");
        }
        int n = spend.length;
        return new CurveFit(curve, n, sse, Math.sqrt(sse / n), sst == 0 ? Double.NaN : 1 - sse / sst, atBound);
    }

    private static double explore(Objective obj, double[] x, double fx, double[] step, double[] lower, double[] upper) {
        double f = fx;
        for (int d = 0; d < 2; d++) {
            double orig = x[d];
            x[d] = clamp(orig + step[d], lower[d], upper[d]);
            double fPlus = obj.sse(x[0], x[1]);
            if (fPlus < f) {
                f = fPlus;
                continue;
            }
            x[d] = clamp(orig - step[d], lower[d], upper[d]);
            double fMinus = obj.sse(x[0], x[1]);
            if (fMinus < f) {
                f = fMinus;
                continue;
            }
            x[d] = orig;
        }
        return f;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }


    private static final class Objective {
        private final double[] s;
        private final double[] y;
        private final double[] h;

        Objective(double[] s, double[] y) {
            this.s = s;
            this.y = y;
            this.h = new double[s.length];
        }

        double beta(double alpha, double lnK) {
            double k = Math.exp(lnK);
            double hy = 0;
            double hh = 0;
            for (int i = 0; i < s.length; i++) {
                h[i] = Hill.eval(s[i], alpha, k);
                hy += h[i] * y[i];
                hh += h[i] * h[i];
            }
            return hh == 0 ? 0 : Math.max(0, hy / hh);
        }

        double sse(double alpha, double lnK) {
            double b = beta(alpha, lnK);
            double sum = 0;
            for (int i = 0; i < s.length; i++) {
                double r = y[i] - b * h[i];
                sum += r * r;
            }
            return sum;
        }
    }
}
