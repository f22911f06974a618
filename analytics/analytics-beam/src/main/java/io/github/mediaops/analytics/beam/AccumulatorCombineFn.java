package io.github.mediaops.analytics.beam;

import io.github.mediaops.analytics.accumulate.Accumulator;
import io.github.mediaops.analytics.accumulate.EngagementEvent;
import io.github.mediaops.analytics.accumulate.HllUniques;
import io.github.mediaops.analytics.accumulate.KllQuantiles;
import io.github.mediaops.analytics.accumulate.Moments;
import io.github.mediaops.analytics.accumulate.PostDayKpis;
import io.github.mediaops.analytics.accumulate.ThetaUniques;
import io.github.mediaops.analytics.accumulate.UniqueEstimate;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.transforms.Combine;

/**
 * A mergeable accumulator of analytics-accumulate as a Beam {@link Combine.CombineFn}: Beam's
 * create / add / merge / extract are the accumulator's {@code zero()}, {@code add}, {@code merge} and
 * {@code result()}, and accumulators travel between workers in their own compact binary form
 * ({@code toBytes()} / {@code fromBytes}), so a pipeline computes exactly what the single-JVM accumulator
 * computes over the same input (moments up to floating-point rounding of the merge order, KLL within its
 * rank error). Each function also gives Beam its output coder ({@link MediaOpsCoders}).
 *
 * <pre>{@code
 * PCollection<Double> watchSeconds = ...;
 * PCollection<Moments.Summary> summary = watchSeconds.apply(Combine.globally(AccumulatorCombineFn.moments()));
 * PCollection<KV<Long, UniqueEstimate>> reach = userByPost.apply(Combine.perKey(AccumulatorCombineFn.hllUniques()));
 * }</pre>
 *
 * @param <T> the input type
 * @param <A> the accumulator
 * @param <R> the result type
 *
 * @since 0.1.0
 */
public final class AccumulatorCombineFn<T, A extends Accumulator<T, R, A>, R> extends Combine.CombineFn<T, A, R> {
    private static final long serialVersionUID = 1L;

    /** A serialisable {@code zero()} (the function is shipped to the workers). */
    private interface Zero<A> extends Serializable {
        A create();
    }

    private final Zero<A> zero;
    private final AccumulatorCoder.Kind kind;
    private final Coder<R> outputCoder;
    private final String emptyResult; // null when the result of no input is defined

    private AccumulatorCombineFn(Zero<A> zero, AccumulatorCoder.Kind kind, Coder<R> outputCoder, String emptyResult) {
        this.zero = zero;
        this.kind = kind;
        this.outputCoder = outputCoder;
        this.emptyResult = emptyResult;
        zero.create(); // validates the parameters now, where the pipeline is built
    }

    /** @return count, mean, variances, min and max of doubles ({@link Moments}: Welford add, Chan merge) */
    public static AccumulatorCombineFn<Double, Moments, Moments.Summary> moments() {
        return new AccumulatorCombineFn<>(Moments::zero, AccumulatorCoder.Kind.MOMENTS, MediaOpsCoders.momentsSummary(),
                null);
    }

    /** @return distinct numeric ids with {@link HllUniques} at its defaults (lgK 12, ~1.6 % error) */
    public static AccumulatorCombineFn<Long, HllUniques, UniqueEstimate> hllUniques() {
        return hllUniques(HllUniques.Config.defaults());
    }

    /**
     * @param config lgK, register width and estimator of the sketches
     * @return distinct numeric ids with {@link HllUniques}
     */
    public static AccumulatorCombineFn<Long, HllUniques, UniqueEstimate> hllUniques(HllUniques.Config config) {
        Checks.notNull(config, "config");
        int lgK = config.lgK();
        HllUniques.Registers registers = config.registers();
        HllUniques.Estimator estimator = config.estimator();
        return new AccumulatorCombineFn<>(() -> HllUniques.zero(new HllUniques.Config(lgK, registers, estimator)),
                AccumulatorCoder.Kind.HLL, MediaOpsCoders.uniqueEstimate(), null);
    }

    /** @return distinct numeric ids with {@link ThetaUniques} at k = 4096 */
    public static AccumulatorCombineFn<Long, ThetaUniques, UniqueEstimate> thetaUniques() {
        return thetaUniques(ThetaUniques.DEFAULT_K);
    }

    /**
     * @param k the sketch's nominal entries (a power of two; {@link ThetaUniques#DEFAULT_K} is 4096)
     * @return distinct numeric ids with {@link ThetaUniques}
     */
    public static AccumulatorCombineFn<Long, ThetaUniques, UniqueEstimate> thetaUniques(int k) {
        return new AccumulatorCombineFn<>(() -> ThetaUniques.zero(k), AccumulatorCoder.Kind.THETA,
                MediaOpsCoders.uniqueEstimate(), null);
    }

    /** @return {@link #kllQuantiles(int)} at k = 200 */
    public static AccumulatorCombineFn<Double, KllQuantiles, KllQuantiles.Quantiles> kllQuantiles() {
        return kllQuantiles(KllQuantiles.DEFAULT_K);
    }

    /**
     * Quantiles of doubles with {@link KllQuantiles}. Quantiles of no values are undefined, so combine per
     * key or with {@code Combine.globally(fn).withoutDefaults()}; the default value of an empty global
     * combine fails with an {@link InvalidValueException}.
     *
     * @param k the sketch's accuracy parameter ({@link KllQuantiles#DEFAULT_K} is 200: ~1.65 % rank error)
     * @return min, median, p90, p99 and max
     */
    public static AccumulatorCombineFn<Double, KllQuantiles, KllQuantiles.Quantiles> kllQuantiles(int k) {
        return new AccumulatorCombineFn<>(() -> KllQuantiles.zero(k), AccumulatorCoder.Kind.KLL,
                MediaOpsCoders.quantiles(), "KLL quantiles of no values are undefined: combine per key or use "
                + "Combine.globally(fn).withoutDefaults()");
    }

    /**
     * Per-post daily KPIs (counts per engagement type) of engagement events, days in {@code zone}.
     *
     * @param zone the zone whose calendar days cut the rows (Asia/Shanghai for the Chinese platforms)
     * @return the rows, ordered by post then day
     */
    public static AccumulatorCombineFn<EngagementEvent, PostDayKpis, List<PostDayKpis.Row>> postDayKpis(ZoneId zone) {
        Checks.notNull(zone, "zone");
        return new AccumulatorCombineFn<>(() -> PostDayKpis.zero(zone), AccumulatorCoder.Kind.POST_DAY,
                ListCoder.of(MediaOpsCoders.postDayRow()), null);
    }

    /**
     * Per-post daily KPIs with distinct users per post and day (HLL sketches of 2<sup>lgK</sup> registers).
     *
     * @param zone the zone whose calendar days cut the rows
     * @param lgK  4..21 (12: ~1.6 % error)
     * @return the rows, ordered by post then day
     */
    public static AccumulatorCombineFn<EngagementEvent, PostDayKpis, List<PostDayKpis.Row>> postDayKpisWithUniques(
            ZoneId zone, int lgK) {
        Checks.notNull(zone, "zone");
        return new AccumulatorCombineFn<>(() -> PostDayKpis.withUniques(zone, lgK), AccumulatorCoder.Kind.POST_DAY,
                ListCoder.of(MediaOpsCoders.postDayRow()), null);
    }

    @Override
    public A createAccumulator() {
        return zero.create();
    }

    @Override
    public A addInput(A accumulator, T input) {
        return accumulator.add(input);
    }

    @Override
    public A mergeAccumulators(Iterable<A> accumulators) {
        Iterator<A> it = accumulators.iterator();
        if (!it.hasNext()) {
            return zero.create();
        }
        A merged = it.next();
        while (it.hasNext()) {
            merged = merged.merge(it.next());
        }
        return merged;
    }

    @Override
    public R extractOutput(A accumulator) {
        return accumulator.result();
    }

    /**
     * The result of no input, which Beam's {@code Combine.globally} emits for an empty window.
     *
     * @throws InvalidValueException for KLL quantiles, which are undefined without values
     */
    @Override
    public R defaultValue() {
        if (emptyResult != null) {
            throw new InvalidValueException("defaultValue", emptyResult);
        }
        return super.defaultValue();
    }

    @Override
    public Coder<A> getAccumulatorCoder(CoderRegistry registry, Coder<T> inputCoder) {
        return new AccumulatorCoder<>(kind);
    }

    @Override
    public Coder<R> getDefaultOutputCoder(CoderRegistry registry, Coder<T> inputCoder) {
        return outputCoder;
    }
}
