package io.github.mediaops.abtest.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.abtest.Golden;
import io.github.mediaops.abtest.SampleRatioMismatch;
import io.github.mediaops.core.InvalidValueException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void hash_matches_the_python_hashlib_test_vectors() {
        int n = Golden.i("hash.cases");
        for (int c = 0; c < n; c++) {
            String k = "hash." + c;
            assertThat(HashBucketing.salt(Golden.s(k + ".salt")).bucket(Golden.s(k + ".unit"))).as(k)
                    .isEqualTo(Golden.i(k + ".bucket"));
        }
    }

    @Test
    void assignment_follows_the_weights_and_passes_an_srm_check() {
        Assigner a = Assigner.of("title-test-2026-11", List.of("control", "question", "number"), 0.5, 0.25, 0.25);
        Map<String, Long> counts = new HashMap<>();
        for (int u = 0; u < 40_000; u++) {
            counts.merge(a.assign("user-" + u).orElseThrow(), 1L, Long::sum);
        }
        long[] observed = {counts.get("control"), counts.get("question"), counts.get("number")};
        assertThat(SampleRatioMismatch.test(observed, new double[] {0.5, 0.25, 0.25}).mismatch()).isFalse();
        assertThat(a.assign("user-7")).isEqualTo(a.assign("user-7"));
    }

    @Test
    void holdout_takes_its_share_before_the_variants() {
        Assigner a = Assigner.of("exp", List.of("a", "b"), 0.5, 0.5).withHoldout(0.1, "global-holdout-2026");
        long held = 0;
        for (int u = 0; u < 20_000; u++) {
            if (a.assign("u" + u).isEmpty()) {
                held++;
            }
        }
        assertThat(held / 20_000.0).isBetween(0.09, 0.11);
        // the same units are held out by every experiment sharing the holdout salt
        Assigner other = Assigner.of("other-exp", List.of("x", "y", "z"), 0.2, 0.3, 0.5).withHoldout(0.1, "global-holdout-2026");
        for (int u = 0; u < 2000; u++) {
            assertThat(other.assign("u" + u).isEmpty()).isEqualTo(a.assign("u" + u).isEmpty());
        }
    }

    @Property(tries = 200)
    void reweighting_moves_exactly_the_minimum_share_of_buckets(@ForAll @IntRange(min = 2, max = 6) int arms,
                                                                @ForAll @DoubleRange(min = 0.01, max = 1) double s1,
                                                                @ForAll @DoubleRange(min = 0.01, max = 1) double s2) {
        double[] w0 = weights(arms, s1);
        double[] w1 = weights(arms, s2);
        Allocation before = Allocation.of(w0);
        Allocation after = before.reweight(w1);
        int[] c0 = before.bucketCounts();
        int[] c1 = after.bucketCounts();
        int[] expected = Allocation.counts(w1);
        assertThat(c1).containsExactly(expected);
        long minimum = 0;
        for (int i = 0; i < arms; i++) {
            minimum += Math.max(0, c1[i] - c0[i]);
        }
        long moved = 0;
        long movedTheWrongWay = 0; // a bucket may only leave an arm that shrinks for an arm that grows
        for (int b = 0; b < HashBucketing.BUCKETS; b++) {
            int from = before.armOf(b);
            int to = after.armOf(b);
            if (from != to) {
                moved++;
                if (c1[to] <= c0[to] || c1[from] >= c0[from]) {
                    movedTheWrongWay++;
                }
            }
        }
        assertThat(moved).isEqualTo(minimum);
        assertThat(movedTheWrongWay).isZero();
        assertThat(Allocation.ofSegments(arms, after.segments())).isEqualTo(after);
    }

    @Test
    void reweighting_three_equal_arms_moves_only_what_the_gainer_needs() {
        Allocation before = Allocation.of(1 / 3.0, 1 / 3.0, 1 / 3.0);
        Allocation after = before.reweight(0.5, 0.25, 0.25);
        int moved = 0;
        for (int b = 0; b < HashBucketing.BUCKETS; b++) {
            if (before.armOf(b) != after.armOf(b)) {
                moved++;
                assertThat(after.armOf(b)).isEqualTo(0);
            }
        }
        assertThat(moved).isEqualTo(500_000 - 333_334);
    }

    @Test
    void rejects_weights_that_do_not_sum_to_one_and_bad_ids() {
        assertThatThrownBy(() -> Allocation.of(0.5, 0.4)).isInstanceOf(InvalidValueException.class).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> Allocation.of(1.2, -0.2)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Assigner.of("s", List.of("a", "a"), 0.5, 0.5)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("unique");
        assertThatThrownBy(() -> HashBucketing.salt("s").bucket(" ")).isInstanceOf(InvalidValueException.class).hasMessageContaining("unitId");
        assertThatThrownBy(() -> Allocation.ofSegments(2, List.of(Allocation.Segment.ofArm(0).from(0).to(10))))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Assigner.of("s", List.of("a", "b"), 1.0, 0.0).assign("anyone")).isEqualTo(Optional.of("a"));
    }

    @Test
    void a_persisted_layout_is_restored_from_named_segments() {
        int half = HashBucketing.BUCKETS / 2;
        Allocation restored = Allocation.ofSegments(2, List.of(
                Allocation.Segment.ofArm(1).from(half).to(HashBucketing.BUCKETS),
                Allocation.Segment.ofArm(0).from(0).to(half)));
        assertThat(restored).isEqualTo(Allocation.of(0.5, 0.5));
        assertThat(restored.segments().get(1).toString()).isEqualTo("Segment[from=" + half + ", to="
                + HashBucketing.BUCKETS + ", arm=1]");
        assertThatThrownBy(() -> Allocation.Segment.ofArm(0).from(half).to(0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("from < to");
        assertThatThrownBy(() -> Allocation.Segment.ofArm(-1)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("arm");
    }

    private static double[] weights(int arms, double skew) {
        double[] w = new double[arms];
        double sum = 0;
        for (int i = 0; i < arms; i++) {
            w[i] = Math.pow(skew, i);
            sum += w[i];
        }
        for (int i = 0; i < arms; i++) {
            w[i] /= sum;
        }
        return w;
    }
}
