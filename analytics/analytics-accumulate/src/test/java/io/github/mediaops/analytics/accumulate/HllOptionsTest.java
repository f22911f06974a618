package io.github.mediaops.analytics.accumulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.InvalidValueException;
import java.util.SplittableRandom;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.junit.jupiter.api.Test;

/** The HLL_4 register option and the single-stream (HIP) estimator, against DataSketches' own figures. */
class HllOptionsTest {

    private static final HllUniques.Config HLL4 = HllUniques.Config.defaults().withRegisters(HllUniques.Registers.HLL_4);
    private static final HllUniques.Config SINGLE = HllUniques.Config.defaults().withEstimator(HllUniques.Estimator.SINGLE_STREAM);

    @Test
    void hll_4_holds_about_2_kb_at_lg_k_12_half_of_hll_8_with_the_same_estimate() {
        HllUniques four = HllUniques.zero(HLL4);
        HllUniques eight = HllUniques.zero();
        for (long id = 0; id < 200_000; id++) {
            four.add(id * 0x9E3779B97F4A7C15L);
            eight.add(id * 0x9E3779B97F4A7C15L);
        }
        assertThat(four.registers()).isEqualTo(HllUniques.Registers.HLL_4);
        // DataSketches' own sizes for lgK 12: the updatable HLL_4 image is its bound, HLL_8 is k bytes plus a header
        assertThat(four.sizeBytes()).isBetween(2048, HllSketch.getMaxUpdatableSerializationBytes(12, TgtHllType.HLL_4));
        assertThat(eight.sizeBytes()).isBetween(4096, HllSketch.getMaxUpdatableSerializationBytes(12, TgtHllType.HLL_8));
        assertThat(four.sizeBytes()).isLessThan(eight.sizeBytes() * 6 / 10);
        assertThat(four.result()).isEqualTo(eight.result());
        // and it survives its bytes and a merge with an HLL_8 sketch, keeping its width
        HllUniques back = HllUniques.fromBytes(four.toBytes());
        assertThat(back.registers()).isEqualTo(HllUniques.Registers.HLL_4);
        assertThat(back.result()).isEqualTo(four.result());
        assertThat(back.merge(eight).registers()).isEqualTo(HllUniques.Registers.HLL_4);
    }

    @Test
    void single_stream_estimates_are_hip_with_datasketches_tighter_error_until_a_merge() {
        int lgK = 10;
        int trials = 300;
        int n = 20_000;
        double hipSq = 0;
        double compositeSq = 0;
        SplittableRandom rnd = new SplittableRandom(20261206L);
        HllUniques last = null;
        HllUniques lastConsistent = null;
        for (int t = 0; t < trials; t++) {
            HllUniques single = HllUniques.zero(SINGLE.withLgK(lgK));
            HllUniques consistent = HllUniques.zero(lgK);
            for (int i = 0; i < n; i++) {
                long id = rnd.nextLong();
                single.add(id);
                consistent.add(id);
            }
            hipSq += Math.pow(single.result().estimate() / n - 1, 2);
            compositeSq += Math.pow(consistent.result().estimate() / n - 1, 2);
            last = single;
            lastConsistent = consistent;
        }
        double hipRse = Math.sqrt(hipSq / trials);
        double compositeRse = Math.sqrt(compositeSq / trials);
        // DataSketches' relative-error tables (one standard deviation) for in-order and out-of-order sketches
        double hipTable = HllSketch.getRelErr(true, false, lgK, 1);
        double compositeTable = HllSketch.getRelErr(true, true, lgK, 1);
        assertThat(hipRse).as("HIP error vs DataSketches' %s", hipTable).isCloseTo(hipTable, within(0.2 * hipTable));
        assertThat(compositeRse).as("composite error vs DataSketches' %s", compositeTable)
                .isCloseTo(compositeTable, within(0.2 * compositeTable));
        assertThat(hipRse).isLessThan(compositeRse * 0.9);
        // the single-stream bounds are DataSketches' own and narrower than the merge-consistent ones
        UniqueEstimate s = last.result();
        UniqueEstimate c = lastConsistent.result();
        assertThat(s.upper() - s.lower()).isLessThan(0.9 * (c.upper() - c.lower()));
        // its bytes keep the estimator; after a merge it reports the composite estimate like the default
        assertThat(HllUniques.fromBytes(last.toBytes()).result()).isEqualTo(s);
        HllUniques merged = HllUniques.fromBytes(last.toBytes()).merge(HllUniques.zero(lgK));
        HllUniques mergedDefault = HllUniques.zero(lgK).merge(lastConsistent);
        assertThat(merged.result()).isEqualTo(mergedDefault.result());
        assertThat(HllUniques.fromBytes(merged.toBytes()).result()).isEqualTo(mergedDefault.result());
    }

    @Test
    void bad_configuration_and_bytes_are_refused() {
        assertThatThrownBy(() -> HllUniques.Config.defaults().withLgK(22)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("lgK");
        assertThatThrownBy(() -> HllUniques.Config.defaults().withRegisters(null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("registers");
        byte[] b = HllUniques.zero(SINGLE).add(1L).toBytes();
        assertThatThrownBy(() -> HllUniques.fromBytes(java.util.Arrays.copyOf(b, 6))).isInstanceOf(InvalidValueException.class);
    }
}
