package io.github.mediaops.analytics.planning.live;

import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A post-live review (直播复盘): each target against the session's actual value. Every KPI here is
 * "higher is better"; money targets are amounts in the session currency.
 */
public final class LiveReview {
    /** The KPIs a review can target. */
    public enum Kpi {
        PEAK_CONCURRENT, AVERAGE_CONCURRENT, AVERAGE_WATCH_SECONDS, INTERACTIONS_PER_VIEWER, FOLLOW_RATE, GMV, GPM,
        UV_VALUE, CLICK_THROUGH, CLICK_TO_PAID
    }

    /**
     * One line of the review.
     *
     * @param kpi         the KPI
     * @param target      the target
     * @param actual      the actual value (NaN when it cannot be computed)
     * @param attainment  actual ÷ target (NaN for a zero target or an unknown actual)
     * @param met         actual ≥ target
     */
    public record Line(Kpi kpi, double target, double actual, double attainment, boolean met) {
    }

    private LiveReview() {
    }

    /** Review lines in {@link Kpi} order for the KPIs that have a target. */
    public static List<Line> review(LiveMetrics m, Map<Kpi, Double> targets) {
        Checks.notNull(m, "metrics");
        Map<Kpi, Double> t = Checks.mapOf(targets, "targets");
        List<Line> out = new ArrayList<>();
        for (Kpi k : Kpi.values()) {
            Double target = t.get(k);
            if (target == null) {
                continue;
            }
            Checks.finite(target, "targets[" + k + "]");
            double actual = actual(m, k);
            double attainment = target == 0 || Double.isNaN(actual) ? Double.NaN : actual / target;
            out.add(new Line(k, target, actual, attainment, !Double.isNaN(actual) && actual >= target));
        }
        return List.copyOf(out);
    }

    private static double actual(LiveMetrics m, Kpi k) {
        return switch (k) {
            case PEAK_CONCURRENT -> m.peakConcurrent();
            case AVERAGE_CONCURRENT -> m.averageConcurrent();
            case AVERAGE_WATCH_SECONDS -> m.averageWatchTime().toMillis() / 1000.0;
            case INTERACTIONS_PER_VIEWER -> m.interactionsPerViewer();
            case FOLLOW_RATE -> m.followRate();
            case GMV -> m.gmv().amount().doubleValue();
            case GPM -> m.gpm().map(x -> x.amount().doubleValue()).orElse(Double.NaN);
            case UV_VALUE -> m.uvValue().map(x -> x.amount().doubleValue()).orElse(Double.NaN);
            case CLICK_THROUGH -> m.funnel().clickThrough();
            case CLICK_TO_PAID -> m.funnel().clickToPaid();
        };
    }
}
