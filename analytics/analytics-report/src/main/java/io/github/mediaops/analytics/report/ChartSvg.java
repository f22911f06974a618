package io.github.mediaops.analytics.report;

import io.github.mediaops.analytics.measure.cohort.CohortRow;
import io.github.mediaops.analytics.measure.funnel.StepResult;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/** Draws report charts with XChart and encodes them as SVG text (in memory). */
final class ChartSvg {
    static final int WIDTH = 720;
    static final int HEIGHT = 360;

    private ChartSvg() {
    }

    static String svg(io.github.mediaops.analytics.report.Chart chart) {
        Chart<?, ?> c;
        if (chart instanceof io.github.mediaops.analytics.report.Chart.Trend t) {
            c = trend(t);
        } else if (chart instanceof io.github.mediaops.analytics.report.Chart.Funnel f) {
            c = funnel(f);
        } else {
            c = heatmap((io.github.mediaops.analytics.report.Chart.CohortHeatmap) chart);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(c, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory stream: cannot happen
        }
        String s = out.toString(StandardCharsets.UTF_8);
        int start = s.indexOf("<svg");
        return start >= 0 ? s.substring(start) : s;
    }

    private static XYChart trend(io.github.mediaops.analytics.report.Chart.Trend t) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(t.title()).xAxisTitle("day")
                .yAxisTitle(t.yLabel()).build();
        c.getStyler().setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC)).setDatePattern("MM-dd")
                .setLegendPosition(Styler.LegendPosition.OutsideS).setLegendLayout(Styler.LegendLayout.Horizontal);
        List<Date> x = t.days().stream().map(d -> Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant())).toList();
        for (Map.Entry<String, List<Double>> e : t.series().entrySet()) {
            c.addSeries(e.getKey(), x, e.getValue());
        }
        return c;
    }

    private static CategoryChart funnel(io.github.mediaops.analytics.report.Chart.Funnel f) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(f.title()).xAxisTitle("step")
                .yAxisTitle("users").build();
        c.getStyler().setLegendVisible(false);
        c.getStyler().setLabelsVisible(true);
        List<String> steps = new ArrayList<>();
        List<Long> users = new ArrayList<>();
        for (StepResult s : f.result().steps()) {
            steps.add(s.step());
            users.add(s.users());
        }
        c.addSeries("users", steps, users);
        return c;
    }

    private static HeatMapChart heatmap(io.github.mediaops.analytics.report.Chart.CohortHeatmap h) {
        HeatMapChart c = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title(h.title()).build();
        c.getStyler().setLegendVisible(false);
        c.getStyler().setShowValue(true).setRangeColors(new Color[] {new Color(0xF7FBFF), new Color(0x6BAED6), new Color(0x08306B)});
        c.getStyler().setValueFontColor(new Color(0xE6550D)); // readable on light and dark cells
        c.getStyler().setMin(0).setMax(100);
        int periods = h.table().curve().size();
        List<String> xs = new ArrayList<>();
        for (int k = 0; k < periods; k++) {
            xs.add("P" + k);
        }
        List<String> ys = new ArrayList<>();
        List<Number[]> cells = new ArrayList<>();
        List<CohortRow> rows = h.table().rows();
        for (int r = 0; r < rows.size(); r++) {
            ys.add(rows.get(r).cohort().start().toString());
            for (int k = 0; k < rows.get(r).retention().size(); k++) {
                if (rows.get(r).retention().get(k).isPresent()) {
                    cells.add(new Number[] {k, r, Math.round(rows.get(r).retention().get(k).getAsDouble() * 1000) / 10.0});
                }
            }
        }
        if (ys.isEmpty()) {
            ys.add("(no cohorts)");
        }
        c.addSeries("retention %", xs, ys, cells);
        return c;
    }
}
