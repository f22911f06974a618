package io.github.mediaops.analytics.planning.besttime;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Best time to post from an account's history: an hour-of-week (or half-hour) score with shrinkage to
 * a platform prior, recency decay, a minimum sample per slot and a share of exploration.
 *
 * <p>Model. Each post's engagement rate is divided by the account's recency-weighted mean rate
 * ("lift"). A post of age a weighs {@code w = 2^(-a / halfLife)}. For a slot with posts: observed lift
 * {@code m = Σ w·lift / Σ w}, effective sample size {@code n = (Σw)² / Σw²}. With a normal model and the
 * platform prior {@code p} worth {@code k} pseudo-posts, the posterior mean is
 * {@code (n·m + k·p) / (n + k)} and its standard deviation {@code σ / sqrt(n + k)}, where σ² is the
 * pooled recency-weighted within-slot variance of lifts ({@code Σ w (lift - m_slot)² / Σ w} over all
 * posts; the configured prior variance when fewer than two posts share a slot). The interval is
 * {@code mean ± z·sd} (z = 1.6449 for 90%). A slot without posts scores the prior with
 * {@code sd = σ / sqrt(k)}. Reference: the normal–normal conjugate update (Gelman et al., Bayesian
 * Data Analysis, 3rd ed., §2.5) with a fixed prior weight, as in empirical-Bayes rating shrinkage.
 *
 * <p>{@link #recommend} returns {@code k} slots: {@code round(k × exploreShare)} exploration slots — the
 * slots with fewer than {@code minPosts} posts with the highest upper bound — and the rest the
 * best-scoring slots that have enough posts.
 *
 * <pre>{@code
 * BestTimeToPost engine = BestTimeToPost.builder(ZoneId.of("Asia/Shanghai")).exploreShare(0.34).build();
 * List<Recommendation> top = engine.recommend(history, clock, 3);   // history: List<PostOutcome>
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BestTimeToPost {
    private final ZoneId zone;
    private final SlotSize size;
    private final double[] prior;
    private final double priorWeight;
    private final Duration halfLife;
    private final int minPosts;
    private final double exploreShare;
    private final double priorVariance;
    private final double z;

    private BestTimeToPost(Builder b) {
        this.zone = b.zone;
        this.size = b.size;
        this.prior = b.prior.clone();
        this.priorWeight = b.priorWeight;
        this.halfLife = b.halfLife;
        this.minPosts = b.minPosts;
        this.exploreShare = b.exploreShare;
        this.priorVariance = b.priorVariance;
        this.z = b.z;
    }

    /** A builder; {@code zone} (the audience's zone) is required. */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /** Builder with defaults: hour slots, flat prior 1.0 worth 3 posts, 90-day half-life, 3 posts minimum, 20% exploration, prior variance 0.25, 90% interval. */
    public static final class Builder {
        private final ZoneId zone;
        private SlotSize size = SlotSize.HOUR;
        private double[] prior;
        private double priorWeight = 3;
        private Duration halfLife = Duration.ofDays(90);
        private int minPosts = 3;
        private double exploreShare = 0.2;
        private double priorVariance = 0.25;
        private double z = 1.6448536269514722;

        private Builder(ZoneId zone) {
            this.zone = Checks.notNull(zone, "zone");
        }

        /**
         * The slot size. Default hour slots.
         *
         * @param s the slot size
         * @return this builder
         */
        public Builder slotSize(SlotSize s) {
            this.size = Checks.notNull(s, "slotSize");
            return this;
        }

        /** Platform-wide lift per slot (index 0 = Monday 00:00), e.g. from all accounts of the platform. */
        public Builder prior(double[] liftPerSlot) {
            Checks.notNull(liftPerSlot, "prior");
            for (int i = 0; i < liftPerSlot.length; i++) {
                Checks.nonNegative(liftPerSlot[i], "prior[" + i + "]");
            }
            this.prior = liftPerSlot.clone();
            return this;
        }

        /** How many posts the prior is worth; positive. */
        public Builder priorWeight(double posts) {
            Checks.finite(posts, "priorWeight");
            if (posts <= 0) {
                throw new InvalidValueException("priorWeight", "priorWeight must be positive (was " + posts + ")");
            }
            this.priorWeight = posts;
            return this;
        }

        /**
         * How fast old posts lose weight. Default 90 days.
         *
         * @param d the half-life, positive
         * @return this builder
         */
        public Builder halfLife(Duration d) {
            Checks.notNull(d, "halfLife");
            if (d.isNegative() || d.isZero()) {
                throw new InvalidValueException("halfLife", "halfLife must be positive (was " + d + ")");
            }
            this.halfLife = d;
            return this;
        }

        /**
         * Posts a slot needs to count as explored; slots with fewer are exploration candidates. Default 3.
         *
         * @param n at least 1
         * @return this builder
         */
        public Builder minPosts(int n) {
            this.minPosts = Checks.positive(n, "minPosts");
            return this;
        }

        /**
         * Share of the recommended slots given to exploration (slots with fewer than {@code minPosts}
         * posts). Default 0.2.
         *
         * @param share a fraction in [0, 1]
         * @return this builder
         */
        public Builder exploreShare(double share) {
            this.exploreShare = Checks.fraction(share, "exploreShare");
            return this;
        }

        /** Variance of lifts used while the history cannot estimate it; positive. */
        public Builder priorVariance(double v) {
            Checks.finite(v, "priorVariance");
            if (v <= 0) {
                throw new InvalidValueException("priorVariance", "priorVariance must be positive (was " + v + ")");
            }
            this.priorVariance = v;
            return this;
        }

        /** Normal quantile of the interval, e.g. 1.96 for 95%; positive. */
        public Builder z(double quantile) {
            Checks.finite(quantile, "z");
            if (quantile <= 0) {
                throw new InvalidValueException("z", "z must be positive (was " + quantile + ")");
            }
            this.z = quantile;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         * @throws io.github.mediaops.core.InvalidValueException if the prior has the wrong number of slots
         */
        public BestTimeToPost build() {
            if (prior == null) {
                prior = new double[size.count()];
                java.util.Arrays.fill(prior, 1.0);
            }
            if (prior.length != size.count()) {
                throw new InvalidValueException("prior", "prior has " + prior.length + " slots; " + size + " needs " + size.count());
            }
            return new BestTimeToPost(this);
        }
    }

    /**
     * Scores every slot of the week, in slot order. An empty history gives the prior everywhere.
     *
     * @throws InvalidValueException if a post is in the future of {@code clock}
     */
    public List<SlotScore> score(List<PostOutcome> history, Clock clock) {
        List<PostOutcome> posts = Checks.listOf(history, "history");
        Checks.notNull(clock, "clock");
        int n = size.count();
        double[] w = new double[posts.size()];
        double sw = 0;
        double swr = 0;
        for (int i = 0; i < posts.size(); i++) {
            PostOutcome p = posts.get(i);
            if (p.publishedAt().isAfter(clock.instant())) {
                throw new InvalidValueException("history", "post at " + p.publishedAt() + " is after now " + clock.instant());
            }
            double age = Duration.between(p.publishedAt(), clock.instant()).toMillis();
            w[i] = Math.pow(2, -age / halfLife.toMillis());
            sw += w[i];
            swr += w[i] * p.rate();
        }
        double meanRate = sw == 0 ? 0 : swr / sw;
        int[] count = new int[n];
        double[] sumW = new double[n];
        double[] sumW2 = new double[n];
        double[] sumWL = new double[n];
        int[] slotOf = new int[posts.size()];
        double[] lift = new double[posts.size()];
        for (int i = 0; i < posts.size(); i++) {
            int s = size.slotOf(posts.get(i).publishedAt().atZone(zone)).index();
            slotOf[i] = s;
            lift[i] = meanRate == 0 ? 1.0 : posts.get(i).rate() / meanRate;
            count[s]++;
            sumW[s] += w[i];
            sumW2[s] += w[i] * w[i];
            sumWL[s] += w[i] * lift[i];
        }
        double ss = 0;
        double ssW = 0;
        boolean shared = false;
        for (int i = 0; i < posts.size(); i++) {
            int s = slotOf[i];
            if (count[s] >= 2) {
                shared = true;
                double d = lift[i] - sumWL[s] / sumW[s];
                ss += w[i] * d * d;
                ssW += w[i];
            }
        }
        double variance = shared && ss > 0 ? ss / ssW : priorVariance;
        List<SlotScore> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            double eff = count[s] == 0 ? 0 : sumW[s] * sumW[s] / sumW2[s];
            double observed = count[s] == 0 ? Double.NaN : sumWL[s] / sumW[s];
            double mean = count[s] == 0 ? prior[s] : (eff * observed + priorWeight * prior[s]) / (eff + priorWeight);
            double sd = Math.sqrt(variance / (eff + priorWeight));
            out.add(new SlotScore(size.slot(s), count[s], eff, observed, mean, mean - z * sd, mean + z * sd,
                    count[s] >= minPosts));
        }
        return List.copyOf(out);
    }

    /** The {@code k} slots to post in next: best sufficient slots plus exploration of thin slots. */
    public List<Recommendation> recommend(List<PostOutcome> history, Clock clock, int k) {
        Checks.positive(k, "k");
        List<SlotScore> scores = score(history, clock);
        int explore = (int) Math.round(k * exploreShare);
        List<Recommendation> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        scores.stream().filter(SlotScore::sufficient)
                .sorted(Comparator.comparingDouble(SlotScore::score).reversed().thenComparing(s -> s.slot().index()))
                .limit(k - explore).forEach(s -> {
                    out.add(new Recommendation(s, Recommendation.Reason.EXPLOIT));
                    used.add(s.slot().index());
                });
        int exploreSlots = k - out.size();
        scores.stream().filter(s -> !s.sufficient() && !used.contains(s.slot().index()))
                .sorted(Comparator.comparingDouble(SlotScore::upper).reversed().thenComparing(s -> s.slot().index()))
                .limit(exploreSlots).forEach(s -> out.add(new Recommendation(s, Recommendation.Reason.EXPLORE)));
        return List.copyOf(out);
    }
}
