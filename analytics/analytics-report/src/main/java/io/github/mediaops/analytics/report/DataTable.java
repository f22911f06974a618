package io.github.mediaops.analytics.report;

import io.github.mediaops.analytics.measure.cohort.CohortRow;
import io.github.mediaops.analytics.measure.funnel.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A chart's data as a table of formatted, unescaped cells, in the reader's words and formats: what both
 * renderers print under (HTML) or instead of (Markdown) a chart.
 *
 * @param header  column names
 * @param numeric per column, whether it holds numbers (right-aligned)
 * @param rows    the cells, one list per row, each as long as the header
 */
record DataTable(List<String> header, List<Boolean> numeric, List<List<String>> rows) {

    static DataTable of(Chart chart, Words w) {
        if (chart instanceof Chart.Trend t) {
            return bySeries(w.word("col.day"), t.days().stream().map(w::date).toList(), t.series(), w);
        } else if (chart instanceof Chart.Bars b) {
            return bySeries(w.word("col.item"), b.categories(), b.series(), w);
        } else if (chart instanceof Chart.Funnel f) {
            List<List<String>> rows = new ArrayList<>();
            for (StepResult s : f.result().steps()) {
                rows.add(List.of(s.step(), w.number(s.users(), 0), w.percent(s.conversionFromPrevious()),
                        w.percent(s.conversionFromStart()), w.number(s.dropOff(), 0)));
            }
            return new DataTable(List.of(w.word("col.step"), w.word("col.users"), w.word("col.fromPrevious"),
                    w.word("col.fromStart"), w.word("col.dropOff")), List.of(false, true, true, true, true), rows);
        }
        Chart.CohortHeatmap h = (Chart.CohortHeatmap) chart;
        int periods = h.table().curve().size();
        List<String> header = new ArrayList<>(List.of(w.word("col.cohort"), w.word("col.size")));
        List<Boolean> numeric = new ArrayList<>(List.of(false, true));
        for (int k = 0; k < periods; k++) {
            header.add(w.word("cohort.period", k));
            numeric.add(true);
        }
        List<List<String>> rows = new ArrayList<>();
        for (CohortRow r : h.table().rows()) {
            List<String> row = new ArrayList<>(List.of(w.date(r.cohort().start()), w.number(r.size(), 0)));
            for (int k = 0; k < periods; k++) {
                row.add(k < r.retention().size() ? w.percent(r.retention().get(k)) : "");
            }
            rows.add(row);
        }
        return new DataTable(header, numeric, rows);
    }

    private static DataTable bySeries(String first, List<String> labels, Map<String, List<Double>> series, Words w) {
        List<String> header = new ArrayList<>(List.of(first));
        header.addAll(series.keySet());
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        series.keySet().forEach(k -> numeric.add(true));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> row = new ArrayList<>(List.of(labels.get(i)));
            for (List<Double> v : series.values()) {
                row.add(w.number(v.get(i), 2));
            }
            rows.add(row);
        }
        return new DataTable(header, numeric, rows);
    }
}
