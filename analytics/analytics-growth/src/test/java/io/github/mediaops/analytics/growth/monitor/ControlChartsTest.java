package io.github.mediaops.analytics.growth.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlChartsTest {
    private static final Golden G = Golden.load("monitor.txt");

    @Test
    void ewma_limits_match_the_nist_handbook_example() {
        // NIST/SEMATECH e-Handbook 6.3.2.4: EWMA0 = 50, s = 2.0539, lambda = 0.3, k = 3
        EwmaChart chart = EwmaChart.builder().target(50).sigma(2.0539).lambda(0.3).width(3).build();
        assertThat(chart.upperLimit()).isCloseTo(52.5884, within(1e-4));
        assertThat(chart.lowerLimit()).isCloseTo(47.4115, within(1e-4));
        double[] lim = G.get("ewma_limits_asymptotic");
        assertThat(chart.lowerLimit()).isCloseTo(lim[0], within(1e-12));
        assertThat(chart.upperLimit()).isCloseTo(lim[1], within(1e-12));
    }

    @Test
    void ewma_statistic_reproduces_the_nist_handbook_table() {
        // NIST/SEMATECH e-Handbook 6.3.2.4, "Sample data" and "EWMA statistics for sample data"
        // (printed to 2 decimals), EWMA0 = 50, lambda = 0.3
        double[] data = {52.0, 47.0, 53.0, 49.3, 50.1, 47.0, 51.0, 50.1, 51.2, 50.5,
            49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1};
        double[] published = {50.60, 49.52, 50.56, 50.18, 50.16, 49.21, 49.75, 49.85, 50.26, 50.33,
            50.11, 49.36, 49.52, 50.05, 49.38, 49.92, 50.73, 51.23, 51.94, 51.99};
        List<ChartPoint> pts = EwmaChart.builder().target(50).sigma(2.0539).lambda(0.3).width(3).build().run(data);
        for (int i = 0; i < data.length; i++) {
            assertThat(pts.get(i).statistic()).as("point %d", i + 1).isCloseTo(published[i], within(0.005 + 1e-9));
            assertThat(pts.get(i).outOfControl()).isFalse(); // the handbook's process is in control
        }
    }

    @Test
    void ewma_statistic_matches_independent_numpy_computation() {
        EwmaChart chart = EwmaChart.builder().target(50).sigma(2.0539).lambda(0.3).width(3).build();
        List<ChartPoint> pts = chart.run(G.get("ewma_series"));
        double[] ref = G.get("ewma_statistic");
        for (int i = 0; i < ref.length; i++) {
            assertThat(pts.get(i).statistic()).isCloseTo(ref[i], within(1e-12));
            assertThat(pts.get(i).outOfControl()).isFalse(); // the example process is in control
        }
        EwmaChart exact = EwmaChart.builder().target(50).sigma(2.0539).lambda(0.3).width(3).exactLimits(true).build();
        double[] hw = G.get("ewma_exact_halfwidth");
        List<ChartPoint> ex = exact.run(G.get("ewma_series"));
        for (int i = 0; i < hw.length; i++) {
            assertThat(ex.get(i).upper() - 50).isCloseTo(hw[i], within(1e-12));
        }
    }

    @Test
    void cusum_matches_independent_computation_and_restarts_after_a_signal() {
        CusumChart chart = CusumChart.builder().target(10).sigma(1).k(0.5).h(4).build();
        List<CusumChart.Point> pts = chart.run(G.get("cusum_series"));
        double[] up = G.get("cusum_upper");
        double[] down = G.get("cusum_lower");
        double[] sig = G.get("cusum_signal");
        for (int i = 0; i < up.length; i++) {
            assertThat(pts.get(i).upper()).isCloseTo(up[i], within(1e-9));
            assertThat(pts.get(i).lower()).isCloseTo(down[i], within(1e-9));
            assertThat(pts.get(i).signalUp() || pts.get(i).signalDown()).isEqualTo(sig[i] == 1.0);
        }
        assertThat(pts.stream().anyMatch(CusumChart.Point::signalUp)).isTrue();
    }

    @Test
    void exact_tail_probabilities_match_scipy() {
        long[][] b = {{12, 100}, {30, 200}, {3, 10}, {0, 10}, {50, 50}};
        double[] p = {0.05, 0.1, 0.5, 0.2, 0.3};
        for (int i = 0; i < b.length; i++) {
            double ref = G.scalar("binom_upper_" + b[i][0] + "_" + b[i][1] + "_" + p[i]);
            assertThat(CountTests.binomialUpper(b[i][0], b[i][1], p[i])).isCloseTo(ref, within(1e-10 * Math.max(ref, 1e-300) + 1e-15));
        }
        Object[][] q = {{12L, 4.0}, {5L, 5.0}, {40L, 10.5}, {1L, 0.01}};
        for (Object[] c : q) {
            double ref = G.scalar("poisson_upper_" + c[0] + "_" + c[1]);
            assertThat(CountTests.poissonUpper((long) c[0], (double) c[1])).isCloseTo(ref, within(1e-10 * ref + 1e-15));
        }
    }

    @Test
    void rejects_bad_chart_parameters_and_counts() {
        assertThatThrownBy(() -> EwmaChart.builder().target(0).sigma(1).lambda(0).width(3).build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("lambda");
        assertThatThrownBy(() -> EwmaChart.builder().target(0).sigma(-1).lambda(0.2).width(3).build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("sigma");
        assertThatThrownBy(() -> CusumChart.builder().target(0).sigma(1).k(0.5).h(0).build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("h");
        assertThatThrownBy(() -> CountTests.binomialUpper(11, 10, 0.5)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> EwmaChart.builder().target(0).sigma(1).lambda(0.2).width(3).build().run(new double[] {1, Double.NaN}))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("xs[1]");
        assertThat(EwmaChart.builder().target(0).sigma(1).lambda(0.2).width(3).build().run(new double[0])).isEmpty();
    }

    @Test
    void chart_builders_name_every_missing_number_at_once() {
        assertThatThrownBy(() -> EwmaChart.builder().sigma(1).build()).isInstanceOf(InvalidValueException.class)
                .hasMessage("EWMA chart is missing target, lambda, width");
        assertThatThrownBy(() -> CusumChart.builder().build()).isInstanceOf(InvalidValueException.class)
                .hasMessage("CUSUM chart is missing target, sigma, k, h");
        EwmaChart c = EwmaChart.builder().target(50).sigma(2).lambda(0.3).width(3).build();
        assertThat(c.toBuilder().exactLimits(true).build()).isNotEqualTo(c)
                .isEqualTo(EwmaChart.builder().target(50).sigma(2).lambda(0.3).width(3).exactLimits(true).build());
    }
}
