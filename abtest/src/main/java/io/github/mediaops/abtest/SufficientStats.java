package io.github.mediaops.abtest;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.validate.Required;

/**
 * Mergeable per-arm sufficient statistics: the unit count {@code n} and the sums
 * {@code Σx, Σx², Σy, Σy², Σxy} over the units of one arm.
 *
 * <p>{@code x} is the metric of a unit (a 0/1 conversion, a watch time in seconds, the numerator of
 * a ratio metric such as clicks). {@code y} is optional: the denominator of a ratio metric
 * (impressions, plays) or a pre-period covariate for CUPED. When no {@code y} is used its sums are
 * zero. Statistics of disjoint sets of units {@link #merge merge} by adding every field, so a host
 * can compute them in SQL ({@code COUNT(*), SUM(x), SUM(x*x), ...}), Spark, Flink or a stream.
 *
 * <p>Variances use the unbiased {@code n - 1} denominator and the textbook one-pass formula
 * {@code (Σx² - (Σx)²/n) / (n - 1)}; for metrics whose mean is far larger than their spread, centre
 * the values before summing to avoid cancellation. Statistics that no data can produce are refused by the
 * engines ({@link #requireConsistent}, {@link InconsistentStatisticsException}). Reference: GrowthBook stats engine, "Statistical
 * details", https://docs.growthbook.io/statistics/details.
 *
 * <p>Every sum is passed by name, so none can be swapped for another: {@link #units} for a single metric,
 * {@link #ofSums()} for sums computed elsewhere that include y, {@link #ofProportion} for conversions,
 * {@link #builder()} or {@link #pairsOfX} for raw observations.
 *
 * <pre>{@code
 * SufficientStats watch = SufficientStats.units(10).sumX(50).sumX2(260);
 * SufficientStats ctr = SufficientStats.ofSums().n(1000).sumX(52).sumX2(61)   // from SQL: COUNT(*), SUM(x), ...
 *         .sumY(20400).sumY2(431000).sumXY(1090).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SufficientStats {

    /** The statistics of no units; the identity of {@link #merge}. */
    public static final SufficientStats EMPTY = new SufficientStats(0, 0, 0, 0, 0, 0);

    private final long n;
    private final double sumX;
    private final double sumX2;
    private final double sumY;
    private final double sumY2;
    private final double sumXY;

    /** Validates the components; bad values fail with the field named. */
    private SufficientStats(long n, double sumX, double sumX2, double sumY, double sumY2, double sumXY) {
        Checks.nonNegative(n, "n");
        Checks.finite(sumX, "sumX");
        Checks.nonNegative(sumX2, "sumX2");
        Checks.finite(sumY, "sumY");
        Checks.nonNegative(sumY2, "sumY2");
        Checks.finite(sumXY, "sumXY");
        if (n == 0 && (sumX != 0 || sumX2 != 0 || sumY != 0 || sumY2 != 0 || sumXY != 0)) {
            throw new InvalidValueException("n", "n is 0 but the sums are not all 0");
        }
        this.n = n;
        this.sumX = sumX;
        this.sumX2 = sumX2;
        this.sumY = sumY;
        this.sumY2 = sumY2;
        this.sumXY = sumXY;
    }

    /** @return the number of randomised units, {@code >= 0} */
    public long n() {
        return n;
    }

    /** @return Σx */
    public double sumX() {
        return sumX;
    }

    /** @return Σx², {@code >= 0} */
    public double sumX2() {
        return sumX2;
    }

    /** @return Σy (0 when unused) */
    public double sumY() {
        return sumY;
    }

    /** @return Σy², {@code >= 0} (0 when unused) */
    public double sumY2() {
        return sumY2;
    }

    /** @return Σxy (0 when unused) */
    public double sumXY() {
        return sumXY;
    }

    /**
     * Starts the statistics of a single metric with no {@code y} from its unit count {@code n}; name Σx and Σx²
     * next: {@code SufficientStats.units(10).sumX(50).sumX2(260)}.
     */
    public static Units units(long n) {
        Checks.nonNegative(n, "n");
        return new Units(n);
    }

    /** A single-metric statistic whose unit count is named; {@link #sumX} comes next. */
    public static final class Units {
        private final long n;

        private Units(long n) {
            this.n = n;
        }

        /** Names Σx; {@link WithSumX#sumX2} completes the statistics. */
        public WithSumX sumX(double sumX) {
            Checks.finite(sumX, "sumX");
            return new WithSumX(n, sumX);
        }
    }

    /** A single-metric statistic whose unit count and Σx are named; {@link #sumX2} completes it. */
    public static final class WithSumX {
        private final long n;
        private final double sumX;

        private WithSumX(long n, double sumX) {
            this.n = n;
            this.sumX = sumX;
        }

        /** Completes the statistics with Σx² (and no y). */
        public SufficientStats sumX2(double sumX2) {
            return new SufficientStats(n, sumX, sumX2, 0, 0, 0);
        }
    }

    /**
     * A conversion metric: {@code conversions} of {@code n} units have x = 1, the rest x = 0
     * (so Σx = Σx² = conversions).
     */
    public static SufficientStats ofProportion(long n, long conversions) {
        Checks.nonNegative(n, "n");
        Checks.nonNegative(conversions, "conversions");
        if (conversions > n) {
            throw new InvalidValueException("conversions",
                    "conversions must be <= n (was " + conversions + " > " + n + ")");
        }
        return new SufficientStats(n, conversions, conversions, 0, 0, 0);
    }

    /** Statistics of raw per-unit values. */
    public static SufficientStats ofValues(double... x) {
        Checks.notNull(x, "x");
        Builder b = builder();
        for (double v : x) {
            b.add(v);
        }
        return b.build();
    }

    /**
     * Starts the statistics of raw per-unit pairs (x[i], y[i]) with the metric values {@code x}; name the
     * denominators or covariates next: {@code SufficientStats.pairsOfX(x).y(y)}.
     */
    public static PairsOfX pairsOfX(double... x) {
        return new PairsOfX(Checks.notNull(x, "x").clone());
    }

    /** Per-unit pairs whose metric values x are named; {@link #y} completes them. */
    public static final class PairsOfX {
        private final double[] x;

        private PairsOfX(double[] x) {
            this.x = x;
        }

        /** Completes the pairs with y (same length as x) and returns their statistics. */
        public SufficientStats y(double... y) {
            Checks.notNull(y, "y");
            if (x.length != y.length) {
                throw new InvalidValueException("y", "x and y must have the same length (" + x.length + " != " + y.length + ")");
            }
            Builder b = builder();
            for (int i = 0; i < x.length; i++) {
                b.addUnit(x[i], y[i]);
            }
            return b.build();
        }
    }

    /**
     * Starts statistics whose sums were computed elsewhere (SQL, Spark, a stream), each named:
     * {@code SufficientStats.ofSums().n(n).sumX(sx).sumX2(sxx).sumY(sy).sumY2(syy).sumXY(sxy).build()}.
     * {@code n}, Σx and Σx² are required; the y sums default to 0 (no y).
     */
    public static Sums ofSums() {
        return new Sums();
    }

    /**
     * Named sums of one arm, from {@link SufficientStats#ofSums()}; {@link #build()} reports every missing
     * required part at once. Not thread-safe.
     */
    public static final class Sums {
        private Long n;
        private Double sumX;
        private Double sumX2;
        private double sumY;
        private double sumY2;
        private double sumXY;

        private Sums() {
        }

        /** Names the unit count {@code n >= 0} (required). */
        public Sums n(long n) {
            this.n = Checks.nonNegative(n, "n");
            return this;
        }

        /** Names Σx (required). */
        public Sums sumX(double sumX) {
            this.sumX = Checks.finite(sumX, "sumX");
            return this;
        }

        /** Names Σx², {@code >= 0} (required). */
        public Sums sumX2(double sumX2) {
            this.sumX2 = Checks.nonNegative(sumX2, "sumX2");
            return this;
        }

        /** Names Σy (default 0). */
        public Sums sumY(double sumY) {
            this.sumY = Checks.finite(sumY, "sumY");
            return this;
        }

        /** Names Σy², {@code >= 0} (default 0). */
        public Sums sumY2(double sumY2) {
            this.sumY2 = Checks.nonNegative(sumY2, "sumY2");
            return this;
        }

        /** Names Σxy (default 0). */
        public Sums sumXY(double sumXY) {
            this.sumXY = Checks.finite(sumXY, "sumXY");
            return this;
        }

        /**
         * @return the statistics
         * @throws InvalidValueException naming every missing required part ({@code n}, {@code sumX}, {@code sumX2}),
         *         or a bad value
         */
        public SufficientStats build() {
            Required.of("sufficient statistics").given("n", n).given("sumX", sumX).given("sumX2", sumX2).orThrow();
            return new SufficientStats(n, sumX, sumX2, sumY, sumY2, sumXY);
        }
    }

    /** A mutable accumulator of observations; not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** The statistics of the union of the units of this and {@code other} (disjoint sets). */
    public SufficientStats merge(SufficientStats other) {
        Checks.notNull(other, "other");
        return new SufficientStats(n + other.n, sumX + other.sumX, sumX2 + other.sumX2,
                sumY + other.sumY, sumY2 + other.sumY2, sumXY + other.sumXY);
    }

    /** Mean of x; NaN when n = 0. */
    public double mean() {
        return sumX / n;
    }

    /** Mean of y; NaN when n = 0. */
    public double meanY() {
        return sumY / n;
    }

    /** Unbiased sample variance of x (denominator n - 1), never negative; NaN when n &lt; 2. */
    public double variance() {
        return n < 2 ? Double.NaN : Math.max(0.0, (sumX2 - sumX * sumX / n) / (n - 1));
    }

    /** Unbiased sample variance of y; NaN when n &lt; 2. */
    public double varianceY() {
        return n < 2 ? Double.NaN : Math.max(0.0, (sumY2 - sumY * sumY / n) / (n - 1));
    }

    /** Unbiased sample covariance of x and y; NaN when n &lt; 2. */
    public double covarianceXY() {
        return n < 2 ? Double.NaN : (sumXY - sumX * sumY / n) / (n - 1);
    }

    /** Relative tolerance of the consistency checks, far above the rounding of any sum of doubles. */
    private static final double TOLERANCE = 1e-9;

    /**
     * Checks that some data could have produced these statistics: {@code Σx² >= (Σx)²/n} and
     * {@code Σy² >= (Σy)²/n} (non-negative variances) and {@code |Sxy| <= sqrt(Sxx Syy)} (a correlation
     * of at most 1), each within a relative floating-point tolerance of 1e-9.
     *
     * @param arm the arm's name for the error, e.g. {@code "control"}
     * @return this
     * @throws InconsistentStatisticsException naming the arm and the field
     */
    public SufficientStats requireConsistent(String arm) {
        if (n == 0) {
            return this;
        }
        double sxx = centred(sumX2, sumX, arm, "sumX2", "sumX");
        double syy = centred(sumY2, sumY, arm, "sumY2", "sumY");
        double sxy = sumXY - sumX * sumY / n;
        double bound = Math.sqrt(sxx * syy);
        if (Math.abs(sxy) > bound * (1 + TOLERANCE) + TOLERANCE * (Math.abs(sumXY) + Math.abs(sumX * sumY / n))) {
            throw new InconsistentStatisticsException(arm, "sumXY", "sumXY=" + sumXY + " implies a correlation of x and y "
                    + "beyond 1 (|Sxy| = " + Math.abs(sxy) + " > sqrt(Sxx Syy) = " + bound + " with n=" + n + ", sumX="
                    + sumX + ", sumY=" + sumY + ")");
        }
        return this;
    }

    private double centred(double sumSq, double sum, String arm, String sqField, String sumField) {
        double square = sum * sum / n;
        double s = sumSq - square;
        if (s < -TOLERANCE * Math.max(sumSq, square)) {
            throw new InconsistentStatisticsException(arm, sqField, sqField + "=" + sumSq + " is below (" + sumField + ")^2/n = "
                    + square + " (" + sumField + "=" + sum + ", n=" + n + "): no data has a negative variance");
        }
        return Math.max(0.0, s);
    }

    /** Accumulates raw observations into {@link SufficientStats}. */
    public static final class Builder {
        private long n;
        private double sumX;
        private double sumX2;
        private double sumY;
        private double sumY2;
        private double sumXY;

        private Builder() {
        }

        /** Adds one unit with metric value x (and no y). */
        public Builder add(double x) {
            return addUnit(x, 0.0);
        }

        /**
         * Starts one unit with metric value x; {@link WithX#y} names its denominator or covariate and adds it:
         * {@code builder().x(1).y(2).x(2).y(3).build()}.
         */
        public WithX x(double x) {
            Checks.finite(x, "x");
            return new WithX(x);
        }

        /** One unit whose metric value x is named; {@link #y} adds it to the builder. */
        public final class WithX {
            private final double x;

            private WithX(double x) {
                this.x = x;
            }

            /** Names the unit's denominator or covariate y, adds the unit and returns the builder. */
            public Builder y(double y) {
                return addUnit(x, y);
            }
        }

        private Builder addUnit(double x, double y) {
            Checks.finite(x, "x");
            Checks.finite(y, "y");
            n++;
            sumX += x;
            sumX2 += x * x;
            sumY += y;
            sumY2 += y * y;
            sumXY += x * y;
            return this;
        }

        /** @return the sums of the values added so far */
        public SufficientStats build() {
            return new SufficientStats(n, sumX, sumX2, sumY, sumY2, sumXY);
        }
    }

    /** Equal when every field is equal (doubles compared as {@link Double#compare} does, as a record would). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SufficientStats s && n == s.n && Double.compare(sumX, s.sumX) == 0
                && Double.compare(sumX2, s.sumX2) == 0 && Double.compare(sumY, s.sumY) == 0
                && Double.compare(sumY2, s.sumY2) == 0 && Double.compare(sumXY, s.sumXY) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(n, sumX, sumX2, sumY, sumY2, sumXY);
    }

    @Override
    public String toString() {
        return "SufficientStats[n=" + n + ", sumX=" + sumX + ", sumX2=" + sumX2 + ", sumY=" + sumY + ", sumY2=" + sumY2
                + ", sumXY=" + sumXY + "]";
    }
}
