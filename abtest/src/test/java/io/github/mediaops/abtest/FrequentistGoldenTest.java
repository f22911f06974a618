package io.github.mediaops.abtest;

import static io.github.mediaops.abtest.Golden.close;
import static io.github.mediaops.abtest.Golden.d;
import static io.github.mediaops.abtest.Golden.i;
import static io.github.mediaops.abtest.Golden.l;
import static io.github.mediaops.abtest.Golden.s;
import static io.github.mediaops.abtest.Golden.stats;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Frequentist tests against scipy/numpy reference values (closed forms: 1e-9 relative). */
class FrequentistGoldenTest {
    private static final double CLOSED = 1e-9;

    private static TestOptions options(String k) {
        return TestOptions.defaults().withAlpha(d(k + ".alpha")).withAlternative(Alternative.valueOf(s(k + ".alternative")))
                .withPooled(Boolean.parseBoolean(s(k + ".pooled")));
    }

    private static void check(String k, TestResult r, TestResult fieller) {
        close(r.statistic(), d(k + ".statistic"), CLOSED, k + " statistic");
        close(r.pValue(), d(k + ".p"), CLOSED, k + " p");
        close(r.absolute().estimate(), d(k + ".abs"), CLOSED, k + " abs");
        close(r.absolute().interval().lower(), d(k + ".absLower"), CLOSED, k + " abs lower");
        close(r.absolute().interval().upper(), d(k + ".absUpper"), CLOSED, k + " abs upper");
        Effect rel = r.relative().orElseThrow();
        close(rel.estimate(), d(k + ".rel"), CLOSED, k + " rel");
        close(rel.standardError(), d(k + ".relSe"), CLOSED, k + " rel se");
        close(rel.interval().lower(), d(k + ".relLower"), CLOSED, k + " rel lower");
        close(rel.interval().upper(), d(k + ".relUpper"), CLOSED, k + " rel upper");
        Interval fi = fieller.relative().orElseThrow().interval();
        close(fi.lower(), d(k + ".fiellerLower"), 1e-8, k + " fieller lower");
        close(fi.upper(), d(k + ".fiellerUpper"), 1e-8, k + " fieller upper");
        assertThat(r.absolute().interval().contains(r.absolute().estimate())).isTrue();
    }

    @Test
    void two_proportion_z_test_matches_scipy() {
        int n = i("prop.cases");
        for (int c = 0; c < n; c++) {
            String k = "prop." + c;
            TestOptions o = options(k);
            TestResult r = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(l(k + ".nA"), l(k + ".xA")))
                    .treatment(SufficientStats.ofProportion(l(k + ".nB"), l(k + ".xB"))), o);
            TestResult f = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(l(k + ".nA"), l(k + ".xA")))
                    .treatment(SufficientStats.ofProportion(l(k + ".nB"), l(k + ".xB"))),
                    o.withRelativeInterval(RelativeInterval.FIELLER));
            assertThat(r.degreesOfFreedom()).isInfinite();
            check(k, r, f);
        }
    }

    @Test
    void welch_and_student_t_tests_match_scipy_ttest_ind() {
        int n = i("mean.cases");
        for (int c = 0; c < n; c++) {
            String k = "mean." + c;
            TestOptions o = options(k);
            TestResult r = FrequentistTests.means(Arms.control(stats(k + ".A")).treatment(stats(k + ".B")), o);
            TestResult f = FrequentistTests.means(Arms.control(stats(k + ".A"))
                    .treatment(stats(k + ".B")), o.withRelativeInterval(RelativeInterval.FIELLER));
            close(r.degreesOfFreedom(), d(k + ".df"), CLOSED, k + " df");
            assertThat(r.method()).isEqualTo(o.pooled() ? "student-t" : "welch-t");
            check(k, r, f);
        }
    }

    @Test
    void ratio_metric_delta_method_matches_numpy() {
        int n = i("ratio.cases");
        for (int c = 0; c < n; c++) {
            String k = "ratio." + c;
            TestOptions o = TestOptions.defaults();
            TestResult r = FrequentistTests.ratio(Arms.control(stats(k + ".A")).treatment(stats(k + ".B")), o);
            TestResult f = FrequentistTests.ratio(Arms.control(stats(k + ".A"))
                    .treatment(stats(k + ".B")), o.withRelativeInterval(RelativeInterval.FIELLER));
            check(k, r, f);
        }
    }

    @Test
    void cuped_matches_numpy_regression_adjustment() {
        String k = "cuped.0";
        TestOptions o = TestOptions.defaults();
        TestResult r = FrequentistTests.cuped(Arms.control(stats(k + ".A")).treatment(stats(k + ".B")), o);
        TestResult f = FrequentistTests.cuped(Arms.control(stats(k + ".A"))
                .treatment(stats(k + ".B")), o.withRelativeInterval(RelativeInterval.FIELLER));
        close(FrequentistTests.cupedTheta(Arms.control(stats(k + ".A"))
                .treatment(stats(k + ".B"))), d(k + ".theta"), CLOSED, "theta");
        check(k, r, f);
        // the adjustment must shrink the interval compared with the unadjusted Welch test
        TestResult raw = FrequentistTests.means(Arms.control(stats(k + ".A")).treatment(stats(k + ".B")), o);
        assertThat(r.absolute().standardError()).isLessThan(raw.absolute().standardError());
    }

    @Test
    void exact_tests_match_scipy_fisher_and_boschloo() {
        int n = i("exact.cases");
        for (int c = 0; c < n; c++) {
            String k = "exact." + c;
            Alternative alt = Alternative.valueOf(s(k + ".alternative"));
            int nA = i(k + ".nA");
            int xA = i(k + ".xA");
            int nB = i(k + ".nB");
            int xB = i(k + ".xB");
            Arms arms = Arms.control(SufficientStats.ofProportion(nA, xA)).treatment(SufficientStats.ofProportion(nB, xB));
            close(FrequentistTests.fisherExact(arms, alt).pValue(), d(k + ".fisher"), 1e-9, k + " fisher");
            // one-sided: scipy's Boschloo (64-point grid); two-sided: the script's brute-force Commons
            // definition (Fisher's two-sided p as statistic, 2000-point grid + bounded refinement).
            // Commons Statistics optimises the nuisance parameter itself: compare at 1e-6
            double expected = d(k + ".boschloo");
            Golden.closeAbs(FrequentistTests.boschlooExact(arms, alt).pValue(), expected, 1e-6, k + " boschloo");
        }
    }
}
