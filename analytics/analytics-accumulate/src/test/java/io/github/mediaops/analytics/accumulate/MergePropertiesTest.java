package io.github.mediaops.analytics.accumulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Merge equals whole: accumulating two parts and merging gives the accumulator of everything. */
class MergePropertiesTest {

    @Property(tries = 200)
    void count_sum_and_moments(@ForAll @Size(max = 300) List<@IntRange(min = -100_000, max = 100_000) Integer> xs,
                               @ForAll @IntRange(min = 0, max = 300) int cut) {
        int k = Math.min(cut, xs.size());
        Count cw = Count.zero(), ca = Count.zero(), cb = Count.zero();
        Sum sw = Sum.zero(), sa = Sum.zero(), sb = Sum.zero();
        Moments mw = Moments.zero(), ma = Moments.zero(), mb = Moments.zero();
        for (int i = 0; i < xs.size(); i++) {
            double v = xs.get(i) / 8.0; // exactly representable
            cw.increment();
            sw.add(v);
            mw.add(v);
            if (i < k) {
                ca.increment();
                sa.add(v);
                ma.add(v);
            } else {
                cb.increment();
                sb.add(v);
                mb.add(v);
            }
        }
        assertThat(ca.merge(cb).result()).isEqualTo(cw.result());
        assertThat(sa.merge(sb).result()).isEqualTo(sw.result());
        Moments.Summary whole = mw.result();
        Moments.Summary merged = ma.merge(mb).result();
        assertThat(merged.count()).isEqualTo(whole.count());
        assertThat(merged.min()).isEqualTo(whole.min());
        assertThat(merged.max()).isEqualTo(whole.max());
        if (whole.count() > 0) {
            assertThat(merged.mean().getAsDouble()).isCloseTo(whole.mean().getAsDouble(), within(1e-7));
        }
        if (whole.count() > 1) {
            double v = whole.sampleVariance().getAsDouble();
            assertThat(merged.sampleVariance().getAsDouble()).isCloseTo(v, within(1e-9 * Math.max(1, v)));
        }
    }

    @Property(tries = 200)
    void hll_and_theta_unions_equal_the_sketch_of_the_whole(
            @ForAll @Size(max = 3000) List<@LongRange(min = 0, max = 5000) Long> ids,
            @ForAll @IntRange(min = 0, max = 3000) int cut) {
        int k = Math.min(cut, ids.size());
        HllUniques hw = HllUniques.zero(), ha = HllUniques.zero(), hb = HllUniques.zero();
        ThetaUniques tw = ThetaUniques.zero(), ta = ThetaUniques.zero(), tb = ThetaUniques.zero();
        for (int i = 0; i < ids.size(); i++) {
            hw.add(ids.get(i));
            tw.add(ids.get(i));
            (i < k ? ha : hb).add(ids.get(i));
            (i < k ? ta : tb).add(ids.get(i));
        }
        assertThat(ha.merge(hb).result().estimate()).isCloseTo(hw.result().estimate(), within(1e-9));
        assertThat(ta.merge(tb).result()).isEqualTo(tw.result());
    }

    // fixed seed + 2 * eps: normalizedRankError() alone is only a ~99% bound on a randomised sketch
    @Property(tries = 50, seed = "20261128")
    void kll_merge_stays_within_the_rank_error_of_the_whole(
            @ForAll @Size(min = 1, max = 4000) List<@IntRange(min = 0, max = 1_000_000) Integer> xs,
            @ForAll @IntRange(min = 0, max = 4000) int cut) {
        int k = Math.min(cut, xs.size());
        KllQuantiles a = KllQuantiles.zero(), b = KllQuantiles.zero();
        double[] sorted = xs.stream().mapToDouble(Integer::doubleValue).sorted().toArray();
        for (int i = 0; i < xs.size(); i++) {
            (i < k ? a : b).add(xs.get(i));
        }
        KllQuantiles merged = a.merge(b);
        assertThat(merged.count()).isEqualTo(xs.size());
        double median = merged.quantile(0.5);
        long atOrBelow = java.util.Arrays.stream(sorted).filter(v -> v <= median).count();
        assertThat((double) atOrBelow / sorted.length).isCloseTo(0.5, within(2 * merged.normalizedRankError() + 1.0 / sorted.length));
    }

    @Property(tries = 100)
    void post_day_kpis(@ForAll @Size(max = 500) List<@LongRange(min = 0, max = 1_000_000) Long> seeds,
                       @ForAll @IntRange(min = 0, max = 500) int cut) {
        java.time.ZoneId z = java.time.ZoneId.of("Asia/Shanghai");
        int k = Math.min(cut, seeds.size());
        PostDayKpis w = PostDayKpis.withUniques(z, 10), a = PostDayKpis.withUniques(z, 10), b = PostDayKpis.withUniques(z, 10);
        for (int i = 0; i < seeds.size(); i++) {
            long s = seeds.get(i);
            EngagementEvent e = EngagementEvent.user(s % 97).post(s % 5).at(EngagementType.VALUES[(int) (s % 6)], 1_790_000_000_000L + s * 1_000_003L);
            w.add(e);
            (i < k ? a : b).add(e);
        }
        assertThat(a.merge(b).result()).isEqualTo(w.result());
    }
}
