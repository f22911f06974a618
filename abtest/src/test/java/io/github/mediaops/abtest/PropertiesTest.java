package io.github.mediaops.abtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the engines (jqwik). */
class PropertiesTest {

    @Provide
    Arbitrary<List<Double>> values() {
        return Arbitraries.doubles().between(-1000, 1000).ofScale(3).list().ofMinSize(0).ofMaxSize(40);
    }

    @Property(tries = 200)
    void merge_is_associative_and_equals_the_statistics_of_the_union(@ForAll("values") List<Double> a,
                                                                    @ForAll("values") List<Double> b,
                                                                    @ForAll("values") List<Double> c) {
        SufficientStats sa = stats(a);
        SufficientStats sb = stats(b);
        SufficientStats sc = stats(c);
        SufficientStats left = sa.merge(sb).merge(sc);
        SufficientStats right = sa.merge(sb.merge(sc));
        SufficientStats whole = stats(concat(a, b, c));
        for (SufficientStats s : List.of(left, right)) {
            assertThat(s.n()).isEqualTo(whole.n());
            assertThat(s.sumX()).isCloseTo(whole.sumX(), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(s.sumX2()).isCloseTo(whole.sumX2(), org.assertj.core.data.Offset.offset(1e-3));
            assertThat(s.sumXY()).isCloseTo(whole.sumXY(), org.assertj.core.data.Offset.offset(1e-3));
        }
        assertThat(sa.merge(SufficientStats.EMPTY)).isEqualTo(sa);
    }

    @Property(tries = 200)
    void swapping_arms_negates_the_effect_and_keeps_the_two_sided_p_value(
            @ForAll @IntRange(min = 20, max = 100000) int nA, @ForAll @DoubleRange(min = 0.01, max = 0.99) double rA,
            @ForAll @IntRange(min = 20, max = 100000) int nB, @ForAll @DoubleRange(min = 0.01, max = 0.99) double rB) {
        long xA = Math.round(nA * rA);
        long xB = Math.round(nB * rB);
        for (boolean pooled : new boolean[] {true, false}) {
            TestOptions o = TestOptions.defaults().withPooled(pooled);
            TestResult ab = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(nA, xA))
                    .treatment(SufficientStats.ofProportion(nB, xB)), o);
            TestResult ba = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(nB, xB))
                    .treatment(SufficientStats.ofProportion(nA, xA)), o);
            assertThat(ba.absolute().estimate()).isEqualTo(-ab.absolute().estimate());
            assertThat(ba.pValue()).isCloseTo(ab.pValue(), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(ba.statistic()).isEqualTo(-ab.statistic());
        }
    }

    @Property(tries = 200)
    void p_value_falls_as_the_effect_grows(@ForAll @IntRange(min = 200, max = 50000) int n,
                                           @ForAll @DoubleRange(min = 0.02, max = 0.5) double base,
                                           @ForAll @IntRange(min = 1, max = 50) int step) {
        long xA = Math.round(n * base);
        double previous = 1.01;
        for (long xB = xA; xB <= Math.min(n, xA + 10L * step); xB += step) {
            double p = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(n, xA))
                    .treatment(SufficientStats.ofProportion(n, xB)), TestOptions.defaults()).pValue();
            assertThat(p).isLessThanOrEqualTo(previous);
            previous = p;
        }
    }

    @Property(tries = 200)
    void every_interval_contains_its_estimate(@ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = -50, max = 50) Double> a,
                                              @ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = 1, max = 80) Double> b,
                                              @ForAll @DoubleRange(min = 0.01, max = 0.3) double alpha) {
        SufficientStats sa = stats(a);
        SufficientStats sb = stats(b);
        for (Alternative alt : Alternative.values()) {
            for (RelativeInterval ri : RelativeInterval.values()) {
                TestOptions o = TestOptions.defaults().withAlpha(alpha).withAlternative(alt).withRelativeInterval(ri);
                TestResult r = FrequentistTests.means(Arms.control(sa).treatment(sb), o);
                assertThat(r.absolute().interval().contains(r.absolute().estimate())).isTrue();
                assertThat(r.pValue()).isBetween(0.0, 1.0);
                r.relative().ifPresent(rel -> assertThat(rel.interval().contains(rel.estimate()))
                        .as("relative %s %s %s", alt, ri, rel).isTrue());
            }
        }
    }

    @Property(tries = 200)
    void beta_probabilities_are_complementary(@ForAll @IntRange(min = 1, max = 3000) int nA,
                                              @ForAll @DoubleRange(min = 0, max = 1) double rA,
                                              @ForAll @IntRange(min = 1, max = 3000) int nB,
                                              @ForAll @DoubleRange(min = 0, max = 1) double rB) {
        BetaBinomial.Posterior a = BetaBinomial.Posterior.of(nA, Math.round(nA * rA), BetaBinomial.Prior.UNIFORM);
        BetaBinomial.Posterior b = BetaBinomial.Posterior.of(nB, Math.round(nB * rB), BetaBinomial.Prior.UNIFORM);
        double pab = b.probabilityAbove(a);
        double pba = a.probabilityAbove(b);
        assertThat(pab + pba).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        // E[max(pA-pB,0)] - E[max(pB-pA,0)] = mA - mB
        double diff = b.expectedLossVersus(a) - a.expectedLossVersus(b);
        assertThat(diff).isCloseTo(a.mean() - b.mean(), org.assertj.core.data.Offset.offset(1e-9));
    }

    private static SufficientStats stats(List<Double> v) {
        SufficientStats.Builder b = SufficientStats.builder();
        for (int k = 0; k < v.size(); k++) {
            b.x(v.get(k)).y(v.get(k) * 0.5 + 3);
        }
        return b.build();
    }

    @SafeVarargs
    private static List<Double> concat(List<Double>... lists) {
        java.util.ArrayList<Double> out = new java.util.ArrayList<>();
        for (List<Double> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
