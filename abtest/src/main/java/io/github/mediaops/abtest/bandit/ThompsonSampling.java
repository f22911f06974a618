package io.github.mediaops.abtest.bandit;

import io.github.mediaops.abtest.BetaBinomial;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateContinuousSampler;

/**
 * Thompson sampling for click-through rates of titles and covers (Bernoulli rewards, Beta(a, b)
 * priors), run in batches: after each batch the host adds the batch's impressions and clicks with
 * {@link #update} and asks for the next traffic split with {@link #allocate}.
 *
 * <p>The split gives arm k the probability that its rate is the highest, estimated by {@code draws}
 * joint draws from the Beta posteriors (Chapelle and Li 2011, "An Empirical Evaluation of Thompson
 * Sampling", NeurIPS; Scott 2010, "A modern Bayesian look at the multi-armed bandit"), then mixed with
 * a uniform floor: {@code w_k = f + (1 - K f) p_k}, so every arm keeps at least {@code f} of the
 * traffic. Beta draws are {@code G1 / (G1 + G2)} with Marsaglia–Tsang gamma variates (Commons RNG).
 * The result depends only on the state and the injected {@link RandomGenerator}: the same seed gives
 * the same split. Immutable.
 *
 * <pre>{@code
 * ThompsonSampling bandit = ThompsonSampling.of(List.of("cover-a", "cover-b", "cover-c"), 0.05)
 *         .update(new long[] {1200, 1180, 1210}, new long[] {61, 83, 58});
 * double[] split = bandit.allocate(RandomGenerator.of("L64X128MixRandom"), 10_000);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ThompsonSampling {

    /**
     * One arm's observations.
     *
     * @param name        arm name (e.g. the title text's id)
     * @param impressions trials so far
     * @param clicks      successes so far, {@code <= impressions}
     */
    public record Arm(String name, long impressions, long clicks) {
        /** Validates the components; bad values fail with the field named. */
        public Arm {
            Checks.notBlank(name, "name");
            Checks.nonNegative(impressions, "impressions");
            Checks.nonNegative(clicks, "clicks");
            if (clicks > impressions) {
                throw new InvalidValueException("clicks", "clicks must be <= impressions (was " + clicks + " > " + impressions + ")");
            }
        }
    }

    private final List<Arm> arms;
    private final double priorAlpha;
    private final double priorBeta;
    private final double floor;

    private ThompsonSampling(List<Arm> arms, double priorAlpha, double priorBeta, double floor) {
        this.arms = Checks.listOf(arms, "arms");
        if (arms.size() < 2) {
            throw new InvalidValueException("arms", "need at least 2 arms (was " + arms.size() + ")");
        }
        if (!(priorAlpha > 0) || !(priorBeta > 0) || Double.isInfinite(priorAlpha) || Double.isInfinite(priorBeta)) {
            throw new InvalidValueException("prior", "prior parameters must be positive and finite (was "
                    + priorAlpha + ", " + priorBeta + ")");
        }
        Checks.fraction(floor, "floor");
        if (floor * arms.size() > 1) {
            throw new InvalidValueException("floor", "floor * arms must be <= 1 (was " + floor + " * " + arms.size() + ")");
        }
        this.priorAlpha = priorAlpha;
        this.priorBeta = priorBeta;
        this.floor = floor;
    }

    /** A bandit over the named arms with no data, a Beta(1, 1) prior and the given floor per arm. */
    public static ThompsonSampling of(List<String> names, double floor) {
        Checks.listOf(names, "names");
        List<Arm> a = new ArrayList<>();
        for (String n : names) {
            a.add(new Arm(n, 0, 0));
        }
        return new ThompsonSampling(a, 1, 1, floor);
    }

    /**
     * A bandit over arms with data so far, a Beta prior named by its parameters
     * ({@code BetaBinomial.Prior.alpha(a).beta(b)}, e.g. {@link BetaBinomial.Prior#UNIFORM}) and a floor.
     */
    public static ThompsonSampling of(List<Arm> arms, BetaBinomial.Prior prior, double floor) {
        Checks.notNull(prior, "prior");
        return new ThompsonSampling(arms, prior.alpha(), prior.beta(), floor);
    }

    /** @return the arms with their data so far */
    public List<Arm> arms() {
        return arms;
    }

    /** @return the smallest share of traffic any arm keeps */
    public double floor() {
        return floor;
    }

    /** Adds one batch: impressions and clicks per arm, in the order of {@link #arms()}. */
    public ThompsonSampling update(long[] impressions, long[] clicks) {
        Checks.notNull(impressions, "impressions");
        Checks.notNull(clicks, "clicks");
        if (impressions.length != arms.size() || clicks.length != arms.size()) {
            throw new InvalidValueException("impressions", "expected " + arms.size() + " entries per batch array");
        }
        List<Arm> next = new ArrayList<>(arms.size());
        for (int i = 0; i < arms.size(); i++) {
            Checks.nonNegative(impressions[i], "impressions[" + i + "]");
            Checks.nonNegative(clicks[i], "clicks[" + i + "]");
            if (clicks[i] > impressions[i]) {
                throw new InvalidValueException("clicks[" + i + "]", "clicks[" + i + "] must be <= impressions[" + i + "]");
            }
            Arm a = arms.get(i);
            next.add(new Arm(a.name(), a.impressions() + impressions[i], a.clicks() + clicks[i]));
        }
        return new ThompsonSampling(next, priorAlpha, priorBeta, floor);
    }

    /**
     * The traffic split for the next batch: weights per arm summing to 1, each at least the floor.
     *
     * @param random the source of randomness (e.g. {@code new SplittableRandom(seed)})
     * @param draws  Monte Carlo draws, e.g. 10 000 (standard error {@code <= 0.5/sqrt(draws)})
     */
    public double[] allocate(RandomGenerator random, int draws) {
        Checks.notNull(random, "random");
        Checks.positive(draws, "draws");
        UniformRandomProvider rng = random::nextLong;
        int k = arms.size();
        SharedStateContinuousSampler[] ga = new SharedStateContinuousSampler[k];
        SharedStateContinuousSampler[] gb = new SharedStateContinuousSampler[k];
        for (int i = 0; i < k; i++) {
            Arm a = arms.get(i);
            ga[i] = AhrensDieterMarsagliaTsangGammaSampler.of(rng, priorAlpha + a.clicks(), 1);
            gb[i] = AhrensDieterMarsagliaTsangGammaSampler.of(rng, priorBeta + a.impressions() - a.clicks(), 1);
        }
        long[] wins = new long[k];
        for (int d = 0; d < draws; d++) {
            int best = 0;
            double bestValue = -1;
            for (int i = 0; i < k; i++) {
                double x = ga[i].sample();
                double y = gb[i].sample();
                double v = x / (x + y);
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            wins[best]++;
        }
        double[] w = new double[k];
        double free = 1 - k * floor;
        for (int i = 0; i < k; i++) {
            w[i] = floor + free * wins[i] / draws;
        }
        return w;
    }
}
