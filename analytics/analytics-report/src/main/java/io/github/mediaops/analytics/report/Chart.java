package io.github.mediaops.analytics.report;

import io.github.mediaops.analytics.measure.cohort.CohortTable;
import io.github.mediaops.analytics.measure.funnel.FunnelResult;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A chart in a report: what to draw, not how (the renderers decide). */
public sealed interface Chart {

    String title();

    /**
     * Daily trend lines, e.g. views per platform.
     *
     * @param title  the chart title
     * @param days   the x axis, in order
     * @param series named lines, each with one value per day
     * @param yLabel the y axis label
     */
    record Trend(String title, List<LocalDate> days, Map<String, List<Double>> series, String yLabel) implements Chart {
        public Trend {
            Checks.notBlank(title, "title");
            days = Checks.listOf(days, "days");
            if (days.isEmpty()) {
                throw new InvalidValueException("days", "a trend needs at least one day");
            }
            Map<String, List<Double>> copy = new LinkedHashMap<>();
            for (Map.Entry<String, List<Double>> e : Checks.notNull(series, "series").entrySet()) {
                List<Double> vs = Checks.listOf(e.getValue(), "series." + e.getKey());
                if (vs.size() != days.size()) {
                    throw new InvalidValueException("series." + e.getKey(), "series " + Checks.show(e.getKey()) + " has "
                            + vs.size() + " values for " + days.size() + " days");
                }
                vs.forEach(v -> Checks.finite(v, "series." + e.getKey()));
                copy.put(Checks.notBlank(e.getKey(), "series name"), vs);
            }
            if (copy.isEmpty()) {
                throw new InvalidValueException("series", "a trend needs at least one series");
            }
            series = Collections.unmodifiableMap(copy);
            Checks.notBlank(yLabel, "yLabel");
        }
    }

    /** Funnel bars: users per step. */
    record Funnel(String title, FunnelResult result) implements Chart {
        public Funnel {
            Checks.notBlank(title, "title");
            Checks.notNull(result, "result");
        }
    }

    /** Cohort retention heat map. */
    record CohortHeatmap(String title, CohortTable table) implements Chart {
        public CohortHeatmap {
            Checks.notBlank(title, "title");
            Checks.notNull(table, "table");
        }
    }
}
