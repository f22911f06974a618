package io.github.mediaops.analytics.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.analytics.accumulate.EngagementEvent;
import io.github.mediaops.analytics.accumulate.EngagementType;
import io.github.mediaops.analytics.accumulate.HllUniques;
import io.github.mediaops.analytics.accumulate.KllQuantiles;
import io.github.mediaops.analytics.accumulate.Moments;
import io.github.mediaops.analytics.accumulate.PostDayKpis;
import io.github.mediaops.analytics.accumulate.ThetaUniques;
import io.github.mediaops.analytics.accumulate.UniqueEstimate;
import io.github.mediaops.core.InvalidValueException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.CombineFnTester;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

/**
 * Each CombineFn against its single-JVM accumulator over the same input. {@link CombineFnTester} splits the input
 * into shards of many sizes and merges them in several orders (Beam's own check of a CombineFn); one pipeline
 * shows the functions' coders are found on the DirectRunner.
 */
class AccumulatorCombineFnTest {
    private static final SplittableRandom RND = new SplittableRandom(7);

    @Test
    void unique_sketches_merged_in_any_grouping_equal_the_single_sketch() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            ids.add(RND.nextLong(1, 6_000)); // ~4 400 distinct: past HLL's coupon lists and Theta's exact mode
        }
        HllUniques hll = HllUniques.zero();
        ThetaUniques theta = ThetaUniques.zero(1024);
        ids.forEach(id -> {
            hll.add(id);
            theta.add(id);
        });
        CombineFnTester.testCombineFn(AccumulatorCombineFn.hllUniques(), ids, hll.result());
        CombineFnTester.testCombineFn(AccumulatorCombineFn.thetaUniques(1024), ids, theta.result());
    }

    @Test
    void moments_merged_in_any_grouping_equal_the_single_accumulator_up_to_rounding() {
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            xs.add(1e6 + RND.nextDouble() * 100); // offset data: the case where naive sums lose digits
        }
        Moments single = Moments.zero();
        xs.forEach(single::add);
        CombineFnTester.testCombineFn(AccumulatorCombineFn.moments(), xs, new CloseTo(single.result()));
    }

    @Test
    void kll_quantiles_merged_in_any_grouping_stay_within_the_rank_error() {
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            xs.add(RND.nextDouble() * RND.nextDouble() * 1_000);
        }
        double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double eps = KllQuantiles.zero().normalizedRankError();
        CombineFnTester.testCombineFn(AccumulatorCombineFn.kllQuantiles(), xs, new WithinRank(sorted, eps));
    }

    @Test
    void post_day_kpis_merged_in_any_grouping_equal_the_single_accumulator() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        EngagementType[] types = EngagementType.values();
        List<EngagementEvent> events = new ArrayList<>();
        PostDayKpis single = PostDayKpis.withUniques(zone, 10);
        for (int i = 0; i < 3_000; i++) {
            EngagementEvent e = EngagementEvent.user(RND.nextLong(1, 400)).post(RND.nextLong(1, 6))
                    .did(types[RND.nextInt(types.length)]).at(1_764_000_000_000L + RND.nextLong(0, 4 * 86_400_000L));
            events.add(e);
            single.add(e);
        }
        CombineFnTester.testCombineFn(AccumulatorCombineFn.postDayKpisWithUniques(zone, 10), events, single.result());
    }

    @Test
    void combine_fns_bring_their_coders_to_a_pipeline() {
        List<Double> xs = Arrays.asList(3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0);
        List<KV<String, Long>> visits = List.of(KV.of("a", 1L), KV.of("a", 2L), KV.of("a", 1L), KV.of("b", 7L));
        Moments m = Moments.zero();
        xs.forEach(m::add);
        TestPipeline p = Pipelines.create();
        PCollection<Moments.Summary> summary = p.apply("Xs", Create.of(xs))
                .apply("Moments", Combine.globally(AccumulatorCombineFn.moments()));
        PCollection<KV<String, UniqueEstimate>> reach = p.apply("Visits", Create.of(visits))
                .apply("Uniques", Combine.perKey(AccumulatorCombineFn.thetaUniques()));
        PCollection<KllQuantiles.Quantiles> q = p.apply("Ys", Create.of(xs))
                .apply("Kll", Combine.globally(AccumulatorCombineFn.kllQuantiles()).withoutDefaults());
        PAssert.thatSingleton(summary).satisfies(new Near(m.result())); // merge order: last-bit rounding
        PAssert.that(reach).containsInAnyOrder(KV.of("a", ThetaUniques.zero().add(1L).add(2L).result()),
                KV.of("b", ThetaUniques.zero().add(7L).result()));
        KllQuantiles k = KllQuantiles.zero();
        xs.forEach(k::add);
        PAssert.thatSingleton(q).isEqualTo(k.result()); // 8 values: the sketch is exact below k
        p.run();

        assertThat(summary.getCoder()).isEqualTo(MediaOpsCoders.momentsSummary());
        assertThat(q.getCoder()).isEqualTo(MediaOpsCoders.quantiles());
    }

    @Test
    void kll_has_no_default_for_an_empty_global_combine_and_bad_parameters_fail_early() {
        Pipeline p = Pipeline.create();
        PCollection<Double> none = p.apply(Create.empty(org.apache.beam.sdk.coders.DoubleCoder.of()));
        assertThatThrownBy(() -> none.apply(Combine.globally(AccumulatorCombineFn.kllQuantiles())))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("withoutDefaults");
        assertThat(AccumulatorCombineFn.moments().defaultValue().count()).isZero();
        assertThatThrownBy(() -> AccumulatorCombineFn.hllUniques(HllUniques.Config.defaults().withLgK(40)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("40");
        assertThatThrownBy(() -> AccumulatorCombineFn.thetaUniques(1000)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1000");
        assertThatThrownBy(() -> AccumulatorCombineFn.postDayKpisWithUniques(ZoneId.of("UTC"), 2))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("lgK");
    }

    /** Moments equal to the reference up to rounding of the merge order (relative 1e-12 on the variance). */
    static final class CloseTo extends TypeSafeMatcher<Moments.Summary> {
        /** The reference's statistics. */
        record Values(long n, double mean, double var, double min, double max) implements java.io.Serializable {
            Values(Moments.Summary s) {
                this(s.count(), s.mean().orElseThrow(), s.sampleVariance().orElseThrow(), s.min().orElseThrow(),
                        s.max().orElseThrow());
            }
        }

        private final long n;
        private final double mean;
        private final double var;
        private final double min;
        private final double max;

        CloseTo(Moments.Summary s) {
            this(new Values(s));
        }

        CloseTo(Values v) {
            n = v.n();
            mean = v.mean();
            var = v.var();
            min = v.min();
            max = v.max();
        }

        @Override
        protected boolean matchesSafely(Moments.Summary s) {
            return s.count() == n && Math.abs(s.mean().orElseThrow() - mean) <= 1e-12 * Math.abs(mean)
                    && Math.abs(s.sampleVariance().orElseThrow() - var) <= 1e-9 * var
                    && s.min().orElseThrow() == min && s.max().orElseThrow() == max;
        }

        @Override
        public void describeTo(Description d) {
            d.appendText("moments of " + n + " values, mean " + mean + ", sample variance " + var);
        }
    }

    /** Each reported quantile's true rank in the data lies within the sketch's rank error of its target. */
    static final class WithinRank extends TypeSafeMatcher<KllQuantiles.Quantiles> {
        private final double[] sorted;
        private final double eps;

        WithinRank(double[] sorted, double eps) {
            this.sorted = sorted;
            this.eps = eps;
        }

        private double rank(double v) {
            int i = Arrays.binarySearch(sorted, v);
            int at = i >= 0 ? i : -i - 1;
            while (at < sorted.length && sorted[at] <= v) {
                at++;
            }
            return (double) at / sorted.length;
        }

        @Override
        protected boolean matchesSafely(KllQuantiles.Quantiles q) {
            return q.count() == sorted.length && q.min() == sorted[0] && q.max() == sorted[sorted.length - 1]
                    && Math.abs(rank(q.median()) - 0.5) <= eps && Math.abs(rank(q.p90()) - 0.9) <= eps
                    && Math.abs(rank(q.p99()) - 0.99) <= eps;
        }

        @Override
        public void describeTo(Description d) {
            d.appendText("quantiles of " + sorted.length + " values within rank error " + eps);
        }
    }

    /** Moments equal to a reference computed outside the pipeline up to merge rounding (kept as primitives). */
    static final class Near implements SerializableFunction<Moments.Summary, Void> {
        private final CloseTo.Values expected;

        Near(Moments.Summary s) {
            expected = new CloseTo.Values(s);
        }

        @Override
        public Void apply(Moments.Summary actual) {
            assertThat(new CloseTo(expected).matches(actual)).as("%s close to %s", actual, expected).isTrue();
            return null;
        }
    }
}
