package io.github.mediaops.analytics.growth.health;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.VerificationState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A transparent account health score in [0, 100]. Each signal is mapped to a sub-score in [0, 1];
 * the score is {@code 100 × Σ wᵢ·sᵢ / Σ wᵢ} over the signals the host provided; the report lists
 * every signal's sub-score, weight share and points, and the signals left out.
 *
 * <ul>
 *   <li><b>posting</b>: mean over weeks of min(1, posts / targetPostsPerWeek).</li>
 *   <li><b>engagement_trend</b>: the least-squares slope b of ln(engagement rate) per week (needs
 *       ≥ 3 weeks with a positive rate); sub-score {@code 0.5 + 0.5·tanh(b / trendScale)}: flat is
 *       0.5, growing by trendScale per week is about 0.88.</li>
 *   <li><b>violations</b>: {@code exp(-(violations + takedownWeight·takedowns) / violationScale)}.</li>
 *   <li><b>follower_quality</b>: the share of genuine followers as given.</li>
 *   <li><b>verification</b>: 1 for any verified state, 0 for UNVERIFIED.</li>
 * </ul>
 * Platforms do not publish their account-weight formulas; this score is an operator's yardstick
 * built from signals the platforms' creator guidelines name (consistency, engagement, rule
 * compliance, authenticity, verification), with every constant configurable by name:
 *
 * <pre>{@code
 * HealthScore model = HealthScore.defaults().toBuilder().targetPostsPerWeek(5).build();
 * HealthScore.Report r = model.score(signals);    // r.score() in [0, 100], r.contributions() explain it
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HealthScore {
    private final Map<String, Double> weights;
    private final double targetPostsPerWeek;
    private final double trendScale;
    private final double violationScale;
    private final double takedownWeight;

    private HealthScore(Map<String, Double> weights, double targetPostsPerWeek, double trendScale, double violationScale, double takedownWeight) {
        weights = Checks.mapOf(weights, "weights");
        for (String s : SIGNALS) {
            Double w = weights.get(s);
            if (w == null || !(w >= 0) || !Double.isFinite(w)) {
                throw new InvalidValueException("weights", "weights needs a finite weight >= 0 for " + s);
            }
        }
        if (weights.size() != SIGNALS.size()) {
            throw new InvalidValueException("weights", "weights has unknown keys: " + weights.keySet());
        }
        positive(targetPostsPerWeek, "targetPostsPerWeek");
        positive(trendScale, "trendScale");
        positive(violationScale, "violationScale");
        Checks.nonNegative(takedownWeight, "takedownWeight");
        this.weights = weights;
        this.targetPostsPerWeek = targetPostsPerWeek;
        this.trendScale = trendScale;
        this.violationScale = violationScale;
        this.takedownWeight = takedownWeight;
    }

    /**
     * Starts a health score model; {@link Builder#build()} names every required part that was not given.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this health score model's parts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.weights = weights;
        b.targetPostsPerWeek = targetPostsPerWeek;
        b.trendScale = trendScale;
        b.violationScale = violationScale;
        b.takedownWeight = takedownWeight;
        return b;
    }

    /** @return weight per signal name (see {@link #SIGNALS}); all five keys, each &ge; 0 */
    public Map<String, Double> weights() {
        return weights;
    }

    /** @return posts per week that count as fully consistent, &gt; 0 */
    public double targetPostsPerWeek() {
        return targetPostsPerWeek;
    }

    /** @return weekly log-growth that counts as strong, &gt; 0 */
    public double trendScale() {
        return trendScale;
    }

    /** @return violations that bring the sub-score to 1/e, &gt; 0 */
    public double violationScale() {
        return violationScale;
    }

    /** @return how many violations one takedown counts as, &ge; 0 */
    public double takedownWeight() {
        return takedownWeight;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HealthScore o && java.util.Objects.equals(weights, o.weights) && Double.compare(targetPostsPerWeek, o.targetPostsPerWeek) == 0 && Double.compare(trendScale, o.trendScale) == 0 && Double.compare(violationScale, o.violationScale) == 0 && Double.compare(takedownWeight, o.takedownWeight) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(weights, targetPostsPerWeek, trendScale, violationScale, takedownWeight);
    }

    @Override
    public String toString() {
        return "HealthScore[" + "weights=" + weights + ", " + "targetPostsPerWeek=" + targetPostsPerWeek + ", " + "trendScale=" + trendScale + ", " + "violationScale=" + violationScale + ", " + "takedownWeight=" + takedownWeight + "]";
    }

    /** Collects the parts of a health score model; {@link #build()} validates them. */
    public static final class Builder {
        private Map<String, Double> weights = Map.of();
        private Double targetPostsPerWeek;
        private Double trendScale;
        private Double violationScale;
        private Double takedownWeight;

        private Builder() {
        }

        /**
         * Sets weights (default Map.of()).
         *
         * @param weights weight per signal name (see {@link #SIGNALS}); all five keys, each &ge; 0
         * @return this builder
         */
        public Builder weights(Map<String, Double> weights) {
            this.weights = weights;
            return this;
        }

        /**
         * Sets targetPostsPerWeek.
         *
         * @param targetPostsPerWeek posts per week that count as fully consistent, &gt; 0
         * @return this builder
         */
        public Builder targetPostsPerWeek(double targetPostsPerWeek) {
            this.targetPostsPerWeek = targetPostsPerWeek;
            return this;
        }

        /**
         * Sets trendScale.
         *
         * @param trendScale weekly log-growth that counts as strong, &gt; 0
         * @return this builder
         */
        public Builder trendScale(double trendScale) {
            this.trendScale = trendScale;
            return this;
        }

        /**
         * Sets violationScale.
         *
         * @param violationScale violations that bring the sub-score to 1/e, &gt; 0
         * @return this builder
         */
        public Builder violationScale(double violationScale) {
            this.violationScale = violationScale;
            return this;
        }

        /**
         * Sets takedownWeight.
         *
         * @param takedownWeight how many violations one takedown counts as, &ge; 0
         * @return this builder
         */
        public Builder takedownWeight(double takedownWeight) {
            this.takedownWeight = takedownWeight;
            return this;
        }

        /**
         * The health score model.
         *
         * @return the validated value
         * @throws io.github.mediaops.core.InvalidValueException naming every missing part at once, or the first invalid one
         */
        public HealthScore build() {
            io.github.mediaops.core.validate.Required.of("health score model").given("targetPostsPerWeek", targetPostsPerWeek).given("trendScale", trendScale).given("violationScale", violationScale).given("takedownWeight", takedownWeight).orThrow();
            return new HealthScore(weights, targetPostsPerWeek, trendScale, violationScale, takedownWeight);
        }
    }

    /** The signal names, in report order. */
    public static final List<String> SIGNALS = List.of("posting", "engagement_trend", "violations", "follower_quality",
            "verification");

    

    private static void positive(double v, String f) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new InvalidValueException(f, f + " must be a finite number > 0 (was " + v + ")");
        }
    }

    /**
     * Defaults: weights posting 0.25, engagement_trend 0.25, violations 0.25, follower_quality 0.15,
     * verification 0.10; 3 posts a week; trend scale 10% a week; violation scale 2; a takedown
     * counts as 3 violations.
     */
    public static HealthScore defaults() {
        return new HealthScore(Map.of("posting", 0.25, "engagement_trend", 0.25, "violations", 0.25,
                "follower_quality", 0.15, "verification", 0.10), 3, 0.10, 2, 3);
    }

    /** One signal's part. {@code points} sum to the score. */
    public record Contribution(String signal, double subScore, double weightShare, double points, String explanation) {
    }

    /** The score, the parts, and the signals that were not provided. */
    public record Report(double score, List<Contribution> contributions, List<String> missing) {
        /** Validates the components; bad values fail with the field named. */
        public Report {
            contributions = List.copyOf(contributions);
            missing = List.copyOf(missing);
        }
    }

    /**
     * Scores an account.
     *
     * @throws InvalidValueException if no signal with a positive weight is provided
     */
    public Report score(HealthSignals s) {
        Checks.notNull(s, "signals");
        List<String> names = new ArrayList<>();
        List<Double> subs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> missing = new ArrayList<>();

        if (s.weeklyPosts().isEmpty()) {
            missing.add("posting");
        } else {
            double sum = 0;
            for (long p : s.weeklyPosts()) {
                sum += Math.min(1, p / targetPostsPerWeek);
            }
            add(names, subs, notes, "posting", sum / s.weeklyPosts().size(),
                    String.format(Locale.ROOT, "%s posts per week against a target of %.1f", s.weeklyPosts(), targetPostsPerWeek));
        }

        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < s.weeklyEngagementRates().size(); i++) {
            double r = s.weeklyEngagementRates().get(i);
            if (r > 0) {
                pts.add(new double[] {i, Math.log(r)});
            }
        }
        if (pts.size() < 3) {
            missing.add("engagement_trend");
        } else {
            double mx = 0;
            double my = 0;
            for (double[] p : pts) {
                mx += p[0];
                my += p[1];
            }
            mx /= pts.size();
            my /= pts.size();
            double sxy = 0;
            double sxx = 0;
            for (double[] p : pts) {
                sxy += (p[0] - mx) * (p[1] - my);
                sxx += (p[0] - mx) * (p[0] - mx);
            }
            double b = sxy / sxx;
            add(names, subs, notes, "engagement_trend", 0.5 + 0.5 * Math.tanh(b / trendScale),
                    String.format(Locale.ROOT, "engagement rate changes by %+.1f%% a week (log-linear fit over %d weeks)",
                            100 * (Math.exp(b) - 1), pts.size()));
        }

        if (s.violations().isEmpty()) {
            missing.add("violations");
        } else {
            int v = s.violations().get();
            int t = s.takedowns().orElseThrow();
            add(names, subs, notes, "violations", Math.exp(-(v + takedownWeight * t) / violationScale),
                    v + " violations and " + t + " takedowns");
        }

        if (s.followerQuality().isEmpty()) {
            missing.add("follower_quality");
        } else {
            add(names, subs, notes, "follower_quality", s.followerQuality().getAsDouble(),
                    String.format(Locale.ROOT, "%.0f%% of followers judged genuine", 100 * s.followerQuality().getAsDouble()));
        }

        if (s.verification().isEmpty()) {
            missing.add("verification");
        } else {
            VerificationState v = s.verification().get();
            add(names, subs, notes, "verification", v == VerificationState.UNVERIFIED ? 0 : 1, "verification " + v);
        }

        double wSum = 0;
        for (String n : names) {
            wSum += weights.get(n);
        }
        if (wSum <= 0) {
            throw new InvalidValueException("signals", "no signal with a positive weight was provided (missing: " + missing + ")");
        }
        List<Contribution> out = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < names.size(); i++) {
            double share = weights.get(names.get(i)) / wSum;
            double points = 100 * share * subs.get(i);
            total += points;
            out.add(new Contribution(names.get(i), subs.get(i), share, points, notes.get(i)));
        }
        return new Report(total, out, missing);
    }

    private static void add(List<String> names, List<Double> subs, List<String> notes, String n, double v, String note) {
        names.add(n);
        subs.add(v);
        notes.add(note);
    }
}
