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

/**
 * A chart in a report: what to draw, not how (the renderers decide). {@link HtmlRenderer} draws each as
 * inline SVG with real text; {@link MarkdownRenderer} writes its data as a table.
 *
 * @since 0.1.0
 */
public sealed interface Chart {

    /**
     * The chart's title, shown above it.
     *
     * @return the title; never blank
     */
    String title();

    /**
     * The label of a value axis, such as {@code "播放量"} or {@code "元"}. A type of its own so that a
     * chart's title and its axis label, both text, cannot be swapped without a compile error.
     *
     * @param label the label; not blank
     * @since 0.1.0
     */
    record Axis(String label) {
        /** Validates the label. */
        public Axis {
            Checks.notBlank(label, "label");
        }

        /**
         * An axis label: {@code new Chart.Trend("每日播放量", days, plays, Chart.Axis.labelled("播放量"))}.
         *
         * @param label the label; not blank
         * @return the axis
         */
        public static Axis labelled(String label) {
            return new Axis(label);
        }
    }

    /**
     * Daily trend lines, e.g. views per platform.
     *
     * @param title  the chart title
     * @param days   the x axis, in order
     * @param series named lines, each with one value per day
     * @param yAxis  the y axis
     */
    record Trend(String title, List<LocalDate> days, Map<String, List<Double>> series, Axis yAxis) implements Chart {
        /** Validates the components; bad values fail with the field named. */
        public Trend {
            Checks.notBlank(title, "title");
            days = Checks.listOf(days, "days");
            if (days.isEmpty()) {
                throw new InvalidValueException("days", "a trend needs at least one day");
            }
            series = checkedSeries(series, days.size(), "days");
            Checks.notNull(yAxis, "yAxis");
        }
    }

    /**
     * Grouped bars: one group per category, one bar per series, e.g. revenue and spend per channel. At
     * most 12 categories (more would not be readable at A4 width).
     *
     * @param title      the chart title
     * @param categories the groups along the x axis, in order, distinct
     * @param series     named bar series, each with one value per category
     * @param yAxis      the value axis
     * @since 0.1.0
     */
    record Bars(String title, List<String> categories, Map<String, List<Double>> series, Axis yAxis) implements Chart {
        /** Validates the parts and copies the series in their given order. */
        public Bars {
            Checks.notBlank(title, "title");
            categories = Checks.notBlankEach(categories, "categories");
            if (categories.isEmpty() || categories.size() > 12) {
                throw new InvalidValueException("categories", "categories must hold 1 to 12 names (held "
                        + categories.size() + ")");
            }
            if (new java.util.HashSet<>(categories).size() != categories.size()) {
                throw new InvalidValueException("categories", "categories must be distinct (were "
                        + categories + ")");
            }
            series = checkedSeries(series, categories.size(), "categories");
            Checks.notNull(yAxis, "yAxis");
        }
    }

    /**
     * Funnel bars: users per step.
     *
     * @param title  the chart title
     * @param result the funnel's result
     */
    record Funnel(String title, FunnelResult result) implements Chart {
        /** Validates the components; bad values fail with the field named. */
        public Funnel {
            Checks.notBlank(title, "title");
            Checks.notNull(result, "result");
        }
    }

    /**
     * Cohort retention heat map.
     *
     * @param title the chart title
     * @param table the cohort table
     */
    record CohortHeatmap(String title, CohortTable table) implements Chart {
        /** Validates the components; bad values fail with the field named. */
        public CohortHeatmap {
            Checks.notBlank(title, "title");
            Checks.notNull(table, "table");
        }
    }

    private static Map<String, List<Double>> checkedSeries(Map<String, List<Double>> series, int points, String what) {
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : Checks.notNull(series, "series").entrySet()) {
            List<Double> vs = Checks.listOf(e.getValue(), "series." + e.getKey());
            if (vs.size() != points) {
                throw new InvalidValueException("series." + e.getKey(), "series " + Checks.show(e.getKey()) + " has "
                        + vs.size() + " values for " + points + " " + what);
            }
            vs.forEach(v -> Checks.finite(v, "series." + e.getKey()));
            copy.put(Checks.notBlank(e.getKey(), "series name"), vs);
        }
        if (copy.isEmpty()) {
            throw new InvalidValueException("series", "a chart needs at least one series");
        }
        return Collections.unmodifiableMap(copy);
    }
}
