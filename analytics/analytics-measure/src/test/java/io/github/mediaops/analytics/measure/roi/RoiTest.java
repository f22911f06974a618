package io.github.mediaops.analytics.measure.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.CurrencyMismatchException;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoiTest {
    static Money cny(String s) {
        return Money.cny(s);
    }

    @Test
    void roi_and_roas() {
        assertThat(Roi.roi(cny("15000"), cny("10000")).getAsDouble()).isEqualTo(0.5);
        assertThat(Roi.roas(cny("32000"), cny("10000")).getAsDouble()).isEqualTo(3.2);
        assertThat(Roi.roi(cny("5"), cny("0"))).isEmpty();
    }

    @Test
    void cost_per_metrics_keep_four_digits_beyond_the_minor_unit() {
        assertThat(Roi.cpm(cny("500"), 200_000).orElseThrow()).isEqualTo(cny("2.5"));
        assertThat(Roi.cpc(cny("10"), 813).orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("0.012300"));
        assertThat(Roi.cpv(cny("300"), 120_000).orElseThrow()).isEqualTo(cny("0.0025"));
        assertThat(Roi.cpe(cny("300"), 1500).orElseThrow()).isEqualTo(cny("0.2"));
        assertThat(Roi.cpa(cny("3000"), 40).orElseThrow()).isEqualTo(cny("75"));
        assertThat(Roi.cac(cny("90000"), 600).orElseThrow()).isEqualTo(cny("150"));
        assertThat(Roi.cpc(cny("10"), 0)).isEmpty();
    }

    @Test
    void rejects_negative_spend() {
        assertThatThrownBy(() -> Roi.cpc(cny("-1"), 10)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("spend must not be negative").hasMessageContaining("-1 CNY");
        assertThatThrownBy(() -> Roi.roas(cny("1"), cny("-5"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejects_mixed_currencies() {
        assertThatThrownBy(() -> Roi.roas(Money.of("100", "USD"), cny("10")))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD");
        assertThatThrownBy(() -> new OrganicPaidSplit(cny("100"), cny("10"), 5, 1, Money.of("3", "USD")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    static List<Money> monies(String bar) {
        List<Money> out = new ArrayList<>();
        for (String s : bar.split("\\|")) {
            out.add(cny(s));
        }
        return out;
    }

    static double[] doubles(String bar) {
        return Arrays.stream(bar.split("\\|")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void cohort_ltv_payback_and_holdout_match_python_reference() {
        int checked = 0;
        for (String[] r : Golden.rows("roi.csv")) {
            switch (r[0]) {
                case "cohort_ltv" -> {
                    String[] in = r[1].split(";");
                    Ltv.CohortLtv ltv = Ltv.cohort(Long.parseLong(in[0]), monies(in[3]), Double.parseDouble(in[1]),
                            Double.parseDouble(in[2]));
                    double[] e = doubles(r[2]);
                    assertThat(ltv.cumulative()).hasSize(e.length);
                    for (int i = 0; i < e.length; i++) {
                        assertThat(ltv.cumulative().get(i).amount().doubleValue()).isCloseTo(e[i], within(1e-9 * Math.max(1, e[i])));
                    }
                    assertThat(ltv.ltv()).isEqualTo(ltv.cumulative().get(e.length - 1));
                }
                case "payback" -> {
                    String[] in = r[1].split(";");
                    var got = Ltv.payback(cny(in[0]), monies(in[1]));
                    if (r[2].isEmpty()) {
                        assertThat(got).isEmpty();
                    } else {
                        assertThat(got.getAsDouble()).isCloseTo(Double.parseDouble(r[2]), within(1e-12));
                    }
                }
                case "holdout" -> {
                    String[] in = r[1].split(";");
                    Holdout h = new Holdout(Long.parseLong(in[0]), Long.parseLong(in[1]), cny(in[2]), Long.parseLong(in[3]),
                            Long.parseLong(in[4]), cny(in[5]), cny(in[6]));
                    double[] e = doubles(r[2]);
                    assertThat(h.incrementalConversions()).isCloseTo(e[0], within(1e-9));
                    assertThat(h.incrementalRevenue().amount().doubleValue()).isCloseTo(e[1], within(1e-6));
                    assertThat(h.lift().getAsDouble()).isCloseTo(e[2], within(1e-12));
                    assertThat(h.incrementalRoas().getAsDouble()).isCloseTo(e[3], within(1e-12));
                    assertThat(h.incrementalRoi().getAsDouble()).isCloseTo(e[4], within(1e-12));
                }
                default -> {
                    continue;
                }
            }
            checked++;
        }
        assertThat(checked).isEqualTo(9);
    }

    @Test
    void simple_ltv_and_payback() {
        assertThat(Ltv.simple(cny("50"), 0.6, 0.05).amount()).isEqualByComparingTo("600");
        assertThat(Ltv.simplePayback(cny("120"), cny("50"), 0.6).getAsDouble()).isCloseTo(4.0, within(1e-12));
        assertThatThrownBy(() -> Ltv.simple(cny("50"), 0.6, 0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("churnPerPeriod");
    }

    @Test
    void empty_cohort_is_rejected() {
        assertThatThrownBy(() -> Ltv.cohort(0, monies("10"), 0.5, 0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("cohortSize");
    }

    @Test
    void holdout_cost_per_incremental_conversion_is_absent_without_lift() {
        Holdout h = new Holdout(5000, 40, cny("8000"), 5000, 50, cny("9000"), cny("1000"));
        assertThat(h.costPerIncrementalConversion()).isEmpty();
        Holdout good = new Holdout(90000, 1800, cny("540000"), 10000, 150, cny("41000"), cny("120000"));
        assertThat(good.costPerIncrementalConversion().orElseThrow().rounded()).isEqualTo(cny("266.67"));
    }

    @Test
    void marginal_roi_shows_diminishing_returns() {
        List<MarginalRoi.Step> steps = MarginalRoi.between(List.of(
                new MarginalRoi.Level(cny("1000"), cny("4000")),
                new MarginalRoi.Level(cny("2000"), cny("6500")),
                new MarginalRoi.Level(cny("4000"), cny("8500"))));
        assertThat(steps).extracting(MarginalRoi.Step::marginalRoas).containsExactly(2.5, 1.0);
        assertThat(steps.get(1).marginalRoi()).isEqualTo(0.0);
        assertThatThrownBy(() -> MarginalRoi.between(List.of(new MarginalRoi.Level(cny("2"), cny("1")),
                new MarginalRoi.Level(cny("1"), cny("1"))))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("strictly increase");
    }

    @Test
    void organic_paid_split() {
        OrganicPaidSplit s = new OrganicPaidSplit(cny("100000"), cny("30000"), 800, 200, cny("10000"));
        assertThat(s.organicRevenue()).isEqualTo(cny("70000"));
        assertThat(s.organicCustomers()).isEqualTo(600);
        assertThat(s.paidShare().getAsDouble()).isEqualTo(0.3);
        assertThat(s.paidRoas().getAsDouble()).isEqualTo(3.0);
        assertThat(s.blendedRoas().getAsDouble()).isEqualTo(10.0);
        assertThat(s.paidCac().orElseThrow()).isEqualTo(cny("50"));
        assertThat(s.blendedCac().orElseThrow()).isEqualTo(cny("12.5"));
        assertThatThrownBy(() -> new OrganicPaidSplit(cny("10"), cny("30"), 1, 1, cny("1")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("exceeds");
    }
}
