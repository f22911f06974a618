package io.github.mediaops.examples.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.examples.tour.AdBudgetTour;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports feed the budget engine: 90 days of simulated Ocean Engine and Tencent Ads reports, generated from
 * known Hill curves and read through the connectors, are fitted and turned into December's split. The truth is the
 * simulators' curves; the best split on the true curves is scipy's ({@code src/test/python/ad_budget_golden.py},
 * output in {@code golden/ad_budget.txt}), never computed by our code.
 */
class AdReportsBudgetTest {
    /** The simulators' true curves (as in ad_budget_golden.py). */
    private static final AdBudget.Curve OCEAN_ENGINE = new AdBudget.Curve(300, 1.2, 900, 1);
    private static final AdBudget.Curve TENCENT_ADS = new AdBudget.Curve(200, 0.9, 700, 1);
    private static Map<String, Double> golden;
    private static AdBudget.Plan plan;

    @BeforeAll
    static void plan() throws IOException {
        golden = new HashMap<>();
        try (InputStream in = AdReportsBudgetTest.class.getResourceAsStream("/golden/ad_budget.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] kv = line.trim().split(" ");
                golden.put(kv[0], Double.parseDouble(kv[1]));
            }
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        plan = AdBudgetTour.plan(Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC), quiet);
    }

    @Test
    void the_plan_is_for_next_month_and_spends_the_budget() {
        assertThat(plan.month()).isEqualTo(YearMonth.of(2026, 12));
        // whole fen, rounded down: 60000 / 30 or 31 days to the fen below
        assertThat(plan.daily().amount().doubleValue()).isCloseTo(golden.get("daily_budget"), within(0.01))
                .isLessThanOrEqualTo(golden.get("daily_budget"));
        assertThat(plan.daily().amount().scale()).isLessThanOrEqualTo(2);
        java.math.BigDecimal spent = plan.dailySpend().values().stream().map(m -> m.amount())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(spent).as("the channels' spends add up to the daily budget exactly").isEqualByComparingTo(plan.daily().amount());
    }

    @Test
    void fitted_curves_predict_the_true_curves_over_the_spend_they_saw() {
        // within 2% of the truth across each channel's observed daily spend (integer conversions add noise)
        for (double s = 200; s <= 2000; s += 100) {
            double truth = OCEAN_ENGINE.conversions(s);
            assertThat(plan.curves().get("ocean-engine").conversions(s)).as("ocean-engine at %s", s)
                    .isCloseTo(truth, within(0.02 * truth));
        }
        for (double s = 100; s <= 1500; s += 100) {
            double truth = TENCENT_ADS.conversions(s);
            assertThat(plan.curves().get("tencent-ads").conversions(s)).as("tencent-ads at %s", s)
                    .isCloseTo(truth, within(0.02 * truth));
        }
        assertThat(plan.curves().values()).allSatisfy(c -> assertThat(c.rSquared()).isGreaterThan(0.99));
    }

    @Test
    void the_split_from_fitted_curves_is_close_to_the_best_split_on_the_true_curves() {
        double oe = plan.dailySpend().get("ocean-engine").amount().doubleValue();
        double tq = plan.dailySpend().get("tencent-ads").amount().doubleValue();
        // the split itself within 1% of the daily budget of scipy's optimum ...
        double tolerance = 0.01 * golden.get("daily_budget");
        assertThat(oe).isCloseTo(golden.get("ocean_engine_daily"), within(tolerance));
        assertThat(tq).isCloseTo(golden.get("tencent_ads_daily"), within(tolerance));
        // ... and what it earns on the TRUE curves within 0.1% of the best possible
        double earned = OCEAN_ENGINE.conversions(oe) + TENCENT_ADS.conversions(tq);
        assertThat(earned).isGreaterThanOrEqualTo(0.999 * golden.get("daily_conversions"))
                .isLessThanOrEqualTo(golden.get("daily_conversions") * (1 + 1e-9));
    }

    @Test
    void a_naive_even_split_earns_less_than_the_plan() {
        double half = golden.get("daily_budget") / 2;
        double even = OCEAN_ENGINE.conversions(half) + TENCENT_ADS.conversions(Math.min(half, 1500));
        double planned = OCEAN_ENGINE.conversions(plan.dailySpend().get("ocean-engine").amount().doubleValue())
                + TENCENT_ADS.conversions(plan.dailySpend().get("tencent-ads").amount().doubleValue());
        assertThat(planned).isGreaterThan(even);
    }
}
