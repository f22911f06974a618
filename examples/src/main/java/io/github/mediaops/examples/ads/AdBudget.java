package io.github.mediaops.examples.ads;

import io.github.mediaops.analytics.growth.budget.BudgetAllocation;
import io.github.mediaops.analytics.growth.budget.BudgetAllocator;
import io.github.mediaops.analytics.growth.budget.Channel;
import io.github.mediaops.analytics.growth.budget.ChannelAllocation;
import io.github.mediaops.analytics.growth.budget.CurveFit;
import io.github.mediaops.analytics.growth.budget.CurveFitter;
import io.github.mediaops.analytics.growth.budget.SpendHistory;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.metrics.AdPerformance;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * From ad reports to next month's budget: sums each channel's {@link AdPerformance} rows per day, fits a Hill
 * response curve (conversions per day against spend per day) and splits the month's budget, spent evenly per
 * day, between the channels to maximise conversions. This is the one place that calls the budget engine
 * ({@code analytics-growth}'s {@code CurveFitter} and {@code BudgetAllocator}); its results are plain records so
 * callers do not depend on the engine's types.
 */
public final class AdBudget {
    private AdBudget() {
    }

    /**
     * One channel's daily history.
     *
     * @param channel   a name unique in one allocation, e.g. {@code "ocean-engine"}
     * @param days      the days, ascending
     * @param spend     spend per day (the currency's major unit)
     * @param converted conversions per day
     * @param maxDaily  the most the channel may spend per day next month
     */
    public record History(String channel, List<LocalDate> days, double[] spend, double[] converted, Money maxDaily) {
        public History {
            Checks.notBlank(channel, "channel");
            days = List.copyOf(days);
            spend = spend.clone();
            converted = converted.clone();
            Checks.notNull(maxDaily, "maxDaily");
        }
    }

    /** A fitted Hill curve {@code conversions(s) = beta·s^alpha/(s^alpha+halfSaturation^alpha)}, s per day. */
    public record Curve(double beta, double alpha, double halfSaturation, double rSquared) {
        public double conversions(double dailySpend) {
            double h = Math.pow(dailySpend, alpha);
            return beta * h / (h + Math.pow(halfSaturation, alpha));
        }
    }

    /**
     * The plan for a month.
     *
     * @param month       the month
     * @param daily       the daily budget (the month's budget over its days, rounded down to the minor unit)
     * @param curves      each channel's fitted curve
     * @param dailySpend  each channel's daily spend
     * @param dailyConversions expected conversions per day, on the fitted curves
     */
    public record Plan(YearMonth month, Money daily, Map<String, Curve> curves, Map<String, Money> dailySpend,
                       double dailyConversions) {
        /** A channel's spend over the month. */
        public Money monthly(String channel) {
            return Checks.notNull(dailySpend.get(channel), "channel " + channel).times(month.lengthOfMonth());
        }
    }

    /**
     * A channel's history from its report rows: spend and conversions summed per day over all rows; a day whose
     * conversions were not reported by any row is left out (absent is not zero).
     */
    public static History history(String channel, List<AdPerformance> rows, Money maxDaily) {
        TreeMap<LocalDate, double[]> byDay = new TreeMap<>();
        for (AdPerformance r : rows) {
            double[] d = byDay.computeIfAbsent(r.day(), k -> new double[] {0, 0, 0});
            d[0] += r.spend().amount().doubleValue();
            Double c = r.metrics().get(Metric.CONVERSIONS);
            if (c != null) {
                d[1] += c;
                d[2] = 1;
            }
        }
        List<LocalDate> days = new ArrayList<>();
        List<double[]> kept = new ArrayList<>();
        byDay.forEach((day, d) -> {
            if (d[2] > 0) {
                days.add(day);
                kept.add(d);
            }
        });
        double[] spend = kept.stream().mapToDouble(d -> d[0]).toArray();
        double[] converted = kept.stream().mapToDouble(d -> d[1]).toArray();
        return new History(channel, days, spend, converted, maxDaily);
    }

    /**
     * Fits every channel and splits {@code monthlyBudget} over {@code month} evenly per day, each day's budget in
     * whole minor units (rounded down).
     */
    public static Plan allocate(Money monthlyBudget, YearMonth month, List<History> channels) {
        Checks.notNull(monthlyBudget, "monthlyBudget");
        Checks.notNull(month, "month");
        if (Checks.notNull(channels, "channels").isEmpty()) {
            throw new InvalidValueException("channels", "at least one channel is needed");
        }
        // the allocator spends whole minor units: the daily budget is rounded down to one (a few fen a month stay unspent)
        Money daily = new Money(monthlyBudget.amount().divide(BigDecimal.valueOf(month.lengthOfMonth()),
                Math.max(monthlyBudget.currency().getDefaultFractionDigits(), 0), RoundingMode.FLOOR), monthlyBudget.currency());
        Map<String, Curve> curves = new LinkedHashMap<>();
        List<Channel> engine = new ArrayList<>();
        for (History h : channels) {
            CurveFit fit = CurveFitter.fitHill(SpendHistory.spend(h.spend()).outcome(h.converted()));
            curves.put(h.channel(), new Curve(fit.curve().beta(), fit.curve().alpha(), fit.curve().halfSaturation(),
                    fit.rSquared()));
            engine.add(Channel.upTo(h.channel(), fit.curve(), h.maxDaily()));
        }
        BudgetAllocation a = BudgetAllocator.maximiseResponse(daily, engine);
        Map<String, Money> spend = new LinkedHashMap<>();
        for (ChannelAllocation c : a.channels()) {
            spend.put(c.channel(), c.spend());
        }
        return new Plan(month, daily, Collections.unmodifiableMap(curves), Collections.unmodifiableMap(spend), a.totalResponse());
    }
}
