package io.github.mediaops.analytics.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.analytics.accumulate.Accumulator;
import io.github.mediaops.analytics.accumulate.EngagementEvent;
import io.github.mediaops.analytics.accumulate.EngagementType;
import io.github.mediaops.analytics.accumulate.HllUniques;
import io.github.mediaops.analytics.accumulate.KllQuantiles;
import io.github.mediaops.analytics.accumulate.Moments;
import io.github.mediaops.analytics.accumulate.PostDayKpis;
import io.github.mediaops.analytics.accumulate.ThetaUniques;
import io.github.mediaops.analytics.accumulate.UniqueEstimate;
import io.github.mediaops.core.InvalidValueException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class MediaOpsCodersTest {
    private static final EngagementEvent EVENT = EngagementEvent.user(-7L).post(Long.MAX_VALUE).did(EngagementType.SAVE)
            .at(1_764_000_000_123L);

    @Test
    void values_round_trip_and_their_coders_are_deterministic_serialisable_and_registered() throws Exception {
        Map<EngagementType, Long> some = new EnumMap<>(EngagementType.class);
        some.put(EngagementType.VIEW, 12L);
        some.put(EngagementType.SHARE, 0L);
        PostDayKpis.Row partial = new PostDayKpis.Row(4L, LocalDate.of(2026, 2, 28), some, Optional.empty());
        PostDayKpis.Row full = PostDayKpis.withUniques(ZoneId.of("Asia/Shanghai"), 12).add(EVENT).result().get(0);
        Moments.Summary oneValue = Moments.zero().add(3.5).result();
        KllQuantiles.Quantiles q = KllQuantiles.zero().add(1.0).add(2.0).result();
        UniqueEstimate u = new UniqueEstimate(2.0, 1.5, 2.5);

        check(MediaOpsCoders.engagementEvent(), EVENT, EngagementEvent.class);
        check(MediaOpsCoders.postDayRow(), partial, PostDayKpis.Row.class);
        check(MediaOpsCoders.postDayRow(), full, PostDayKpis.Row.class);
        check(MediaOpsCoders.momentsSummary(), oneValue, Moments.Summary.class);
        check(MediaOpsCoders.momentsSummary(), Moments.zero().result(), Moments.Summary.class);
        check(MediaOpsCoders.quantiles(), q, KllQuantiles.Quantiles.class);
        check(MediaOpsCoders.uniqueEstimate(), u, UniqueEstimate.class);
        assertThat(CoderUtils.encodeToByteArray(MediaOpsCoders.engagementEvent(), EVENT)).hasSize(25);
    }

    private static <T> void check(Coder<T> coder, T value, Class<T> type) throws Exception {
        CoderProperties.coderDecodeEncodeEqual(coder, value);
        CoderProperties.coderDeterministic(coder, value, value);
        CoderProperties.coderConsistentWithEquals(coder, value, value);
        CoderProperties.coderSerializable(coder);
        coder.verifyDeterministic();
        assertThat(CoderRegistry.createDefault().getCoder(type)).isEqualTo(coder);
    }

    @Test
    void accumulators_travel_in_their_own_compact_form() throws Exception {
        assertSameBytes(AccumulatorCoder.Kind.MOMENTS, Moments.zero().add(1).add(2));
        assertSameBytes(AccumulatorCoder.Kind.HLL, HllUniques.zero().add(1L).add(99L));
        assertSameBytes(AccumulatorCoder.Kind.THETA, ThetaUniques.zero().add(5L));
        assertSameBytes(AccumulatorCoder.Kind.KLL, KllQuantiles.zero().add(0.25));
        assertSameBytes(AccumulatorCoder.Kind.POST_DAY, PostDayKpis.withUniques(ZoneId.of("UTC"), 8).add(EVENT));
        Moments m = Moments.zero().add(1);
        byte[] encoded = CoderUtils.encodeToByteArray(new AccumulatorCoder<Moments>(AccumulatorCoder.Kind.MOMENTS), m);
        assertThat(encoded).hasSize(1 + m.toBytes().length); // a one-byte length, then the accumulator's form
        CoderCheckHelper.assertNotDeterministic(new AccumulatorCoder<Moments>(AccumulatorCoder.Kind.MOMENTS));
    }

    private static <A extends Accumulator<?, ?, A>> void assertSameBytes(AccumulatorCoder.Kind kind, A acc) throws Exception {
        AccumulatorCoder<A> coder = new AccumulatorCoder<>(kind);
        A back = CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, acc));
        assertThat(back.toBytes()).isEqualTo(acc.toBytes());
        assertThat(back.result()).isEqualTo(acc.result());
        CoderProperties.coderSerializable(coder);
    }

    @Test
    void bytes_of_another_accumulator_or_a_corrupt_event_fail_with_a_typed_error() throws Exception {
        AccumulatorCoder<Moments> moments = new AccumulatorCoder<>(AccumulatorCoder.Kind.MOMENTS);
        byte[] hll = CoderUtils.encodeToByteArray(new AccumulatorCoder<HllUniques>(AccumulatorCoder.Kind.HLL),
                HllUniques.zero().add(1L));
        assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(moments, hll)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Moments");
        byte[] event = CoderUtils.encodeToByteArray(MediaOpsCoders.engagementEvent(), EVENT);
        event[16] = 42; // the type ordinal
        assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(MediaOpsCoders.engagementEvent(), event))
                .hasMessageContaining("ordinal 42");
    }

    /** {@code Coder.verifyDeterministic} of an accumulator coder must refuse: it may not encode a key. */
    static final class CoderCheckHelper {
        static void assertNotDeterministic(Coder<?> coder) {
            assertThatThrownBy(coder::verifyDeterministic).isInstanceOf(Coder.NonDeterministicException.class);
        }
    }
}
