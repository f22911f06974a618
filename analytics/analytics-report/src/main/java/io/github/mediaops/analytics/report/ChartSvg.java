package io.github.mediaops.analytics.report;

import io.github.mediaops.analytics.measure.cohort.CohortRow;
import io.github.mediaops.analytics.measure.funnel.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws report charts as hand-written SVG: real {@code <text>} in the theme's font stack (so a browser
 * with any CJK font shows 收入 and 花费 as characters, and text stays selectable and searchable), the
 * theme's colours, a white background and light grid lines, 680 px wide (A4 width with margins at
 * 96 dpi). A chart of a few points is a few kilobytes. No AWT, no fonts read at render time.
 */
final class ChartSvg {
    static final int WIDTH = 680;
    private static final double FONT = 12;
    private static final double SMALL = 11;
    private static final double PLOT_HEIGHT = 220;

    private final Words words;
    private final ReportTheme theme;

    ChartSvg(Words words, ReportTheme theme) {
        this.words = words;
        this.theme = theme;
    }

    String svg(Chart chart) {
        if (chart instanceof Chart.Trend t) {
            return trend(t);
        } else if (chart instanceof Chart.Bars b) {
            return bars(b);
        } else if (chart instanceof Chart.Funnel f) {
            return funnel(f);
        }
        return heatmap((Chart.CohortHeatmap) chart);
    }

    private String trend(Chart.Trend t) {
        List<String> xLabels = t.days().stream().map(words::axisDate).toList();
        Svg svg = new Svg();
        Frame f = frame(svg, t.series(), t.yAxis().label(), words.word("col.day"), false);
        int n = t.days().size();
        double widest = xLabels.stream().mapToDouble(l -> Svg.width(l, SMALL)).max().orElse(0) + 12;
        double inset = Math.min(widest / 2, f.w / 4); // room for the first and last date label
        double step = n == 1 ? 0 : (f.w - 2 * inset) / (n - 1);
        double x0 = n == 1 ? f.x + f.w / 2 : f.x + inset;
        int every = Math.max(1, (int) Math.ceil(widest / Math.max(step, 1e-9)));
        for (int i = 0; i < n; i += every) {
            svg.text(x0 + i * step, f.bottom() + 16, "middle", SMALL, Svg.MUTED, xLabels.get(i));
        }
        int s = 0;
        for (List<Double> values : t.series().values()) {
            String colour = theme.seriesColour(s++);
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = x0 + i * step;
                ys[i] = f.y(values.get(i));
            }
            if (n > 1) {
                svg.polyline(xs, ys, colour);
            }
            if (n <= 31) {
                for (int i = 0; i < n; i++) {
                    svg.circle(xs[i], ys[i], 3.5, colour);
                }
            }
        }
        return svg.document(WIDTH, f.height, t.title(), theme.fontFamily());
    }

    private String bars(Chart.Bars b) {
        Svg svg = new Svg();
        Frame f = frame(svg, b.series(), b.yAxis().label(), null, true);
        int n = b.categories().size();
        int k = b.series().size();
        double group = f.w / n;
        double barW = Math.min(48, group * 0.8 / k);
        double start = (group - barW * k - 4 * (k - 1)) / 2;
        for (int c = 0; c < n; c++) {
            String label = b.categories().get(c);
            svg.text(f.x + c * group + group / 2, f.bottom() + 16, "middle", FONT, Svg.INK,
                    Svg.fit(label, FONT, group - 6), label, "");
            int s = 0;
            for (List<Double> values : b.series().values()) {
                double v = values.get(c);
                double x = f.x + c * group + start + s * (barW + 4);
                double y = f.y(Math.max(v, 0));
                double h = Math.abs(f.y(v) - f.y(0));
                svg.rect(x, v >= 0 ? y : f.y(0), barW, Math.max(h, 0.5), theme.seriesColour(s), " rx=\"2\"");
                svg.text(x + barW / 2, (v >= 0 ? y : f.y(v) + SMALL + 2) - 4, "middle", SMALL, Svg.INK, words.compact(v));
                s++;
            }
        }
        return svg.document(WIDTH, f.height, b.title(), theme.fontFamily());
    }

    private String funnel(Chart.Funnel fu) {
        List<StepResult> steps = fu.result().steps();
        Svg svg = new Svg();
        double labelW = Math.min(200, steps.stream().mapToDouble(s -> Svg.width(s.step(), FONT)).max().orElse(0)) + 12;
        double valueW = 150;
        double barMax = WIDTH - labelW - valueW - 8;
        long max = steps.stream().mapToLong(StepResult::users).max().orElse(0);
        double rowH = 32;
        double top = 26;
        svg.text(labelW + 4, 16, "start", SMALL, Svg.MUTED, words.word("col.users") + " · " + words.word("col.fromStart"));
        for (int i = 0; i < steps.size(); i++) {
            StepResult s = steps.get(i);
            double y = top + i * rowH;
            svg.text(labelW - 8, y + 14, "end", FONT, Svg.INK, Svg.fit(s.step(), FONT, labelW - 12), s.step(), "");
            double w = max == 0 ? 0 : barMax * s.users() / max;
            svg.rect(labelW, y, Math.max(w, 1), 20, theme.accent(), " rx=\"3\"");
            svg.text(labelW + w + 8, y + 14, "start", FONT, Svg.INK,
                    words.number(s.users(), 0) + " · " + words.percent(s.conversionFromStart()));
        }
        return svg.document(WIDTH, top + steps.size() * rowH + 4, fu.title(), theme.fontFamily());
    }

    private String heatmap(Chart.CohortHeatmap h) {
        List<CohortRow> rows = h.table().rows();
        int periods = h.table().curve().size();
        Svg svg = new Svg();
        double labelW = rows.stream().mapToDouble(r -> Svg.width(words.axisDate(r.cohort().start()), FONT)).max()
                .orElse(Svg.width(words.word("cohort.none"), FONT)) + 16;
        double cellW = Math.min(76, (WIDTH - labelW - 4) / Math.max(periods, 1));
        double cellH = 28;
        double top = 24;
        svg.text(labelW - 8, 16, "end", SMALL, Svg.MUTED, words.word("col.cohort"));
        for (int k = 0; k < periods; k++) {
            svg.text(labelW + k * cellW + cellW / 2, 16, "middle", SMALL, Svg.MUTED, words.word("cohort.period", k));
        }
        if (rows.isEmpty()) {
            svg.text(labelW - 8, top + 18, "end", FONT, Svg.MUTED, words.word("cohort.none"));
        }
        for (int r = 0; r < rows.size(); r++) {
            CohortRow row = rows.get(r);
            double y = top + r * cellH;
            svg.text(labelW - 8, y + 18, "end", FONT, Svg.INK, words.axisDate(row.cohort().start()));
            for (int k = 0; k < periods; k++) {
                double x = labelW + k * cellW;
                if (k < row.retention().size() && row.retention().get(k).isPresent()) {
                    double v = row.retention().get(k).getAsDouble();
                    svg.rect(x + 1, y + 1, cellW - 2, cellH - 2, mix("#FFFFFF", theme.accent(), 0.08 + 0.92 * v), " rx=\"2\"");
                    svg.text(x + cellW / 2, y + 18, "middle", SMALL, v > 0.55 ? "#FFFFFF" : Svg.INK, words.percent(v, 0));
                } else {
                    svg.rect(x + 1, y + 1, cellW - 2, cellH - 2, "#F9FAFB", " rx=\"2\"");
                }
            }
        }
        return svg.document(WIDTH, top + Math.max(rows.size(), 1) * cellH + 4, h.title(), theme.fontFamily());
    }

    /** The plot area of a chart with a value axis: legend on top, grid, tick labels, axis titles. */
    private Frame frame(Svg svg, Map<String, List<Double>> series, String yLabel, String xLabel, boolean zeroBased) {
        double top = legend(svg, new ArrayList<>(series.keySet())) + 10;
        double min = series.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).min().orElse(0);
        double max = series.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(1);
        if (zeroBased || min >= 0) {
            min = Math.min(min, 0);
            max = Math.max(max, 0);
        }
        double[] ticks = ticks(min, max);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        double tickW = 0;
        for (double t : ticks) {
            tickW = Math.max(tickW, Svg.width(words.compact(t), SMALL));
        }
        double left = 22 + tickW + 8;
        double right = 14;
        Frame f = new Frame(left, top, WIDTH - left - right, PLOT_HEIGHT, lo, hi,
                top + PLOT_HEIGHT + (xLabel == null ? 26 : 44));
        for (double t : ticks) {
            double y = f.y(t);
            svg.line(f.x, y, f.x + f.w, y, t == 0 ? Svg.AXIS : Svg.GRID);
            svg.text(f.x - 6, y + 4, "end", SMALL, Svg.MUTED, words.compact(t));
        }
        double mid = top + PLOT_HEIGHT / 2;
        svg.text(12, mid, "middle", SMALL, Svg.MUTED, Svg.fit(yLabel, SMALL, PLOT_HEIGHT), yLabel,
                " transform=\"rotate(-90 12 " + Svg.n(mid) + ")\"");
        if (xLabel != null) {
            svg.text(f.x + f.w / 2, f.bottom() + 36, "middle", SMALL, Svg.MUTED, xLabel);
        }
        return f;
    }

    /** Legend swatches and names, left to right, wrapping; returns the height used. */
    private double legend(Svg svg, List<String> names) {
        double x = 0;
        double y = 4;
        for (int i = 0; i < names.size(); i++) {
            String name = Svg.fit(names.get(i), FONT, WIDTH / 2.0);
            double w = 12 + 6 + Svg.width(name, FONT) + 18;
            if (x > 0 && x + w > WIDTH) {
                x = 0;
                y += 20;
            }
            svg.rect(x + 2, y + 2, 12, 12, theme.seriesColour(i), " rx=\"2\"");
            svg.text(x + 20, y + 13, "start", FONT, Svg.INK, name, names.get(i), "");
            x += w;
        }
        return y + 16;
    }

    /** About five round tick values (1, 2 or 5 × 10^k apart) covering [min, max]. */
    static double[] ticks(double min, double max) {
        if (max <= min) {
            max = min + 1;
        }
        double raw = (max - min) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag <= 1 ? mag : raw / mag <= 2 ? 2 * mag : raw / mag <= 5 ? 5 * mag : 10 * mag;
        long first = (long) Math.floor(min / step + 1e-9);
        long last = (long) Math.ceil(max / step - 1e-9);
        double[] out = new double[(int) (last - first + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (first + i) * step;
        }
        return out;
    }

    /** {@code a} blended toward {@code b} by {@code t} in [0, 1]. */
    static String mix(String a, String b, double t) {
        double u = Math.max(0, Math.min(1, t));
        int ca = Integer.parseInt(a.substring(1), 16);
        int cb = Integer.parseInt(b.substring(1), 16);
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int va = (ca >> shift) & 0xFF;
            int vb = (cb >> shift) & 0xFF;
            out |= ((int) Math.round(va + (vb - va) * u)) << shift;
        }
        return String.format(java.util.Locale.ROOT, "#%06X", out);
    }

    /** Plot area and value scale. */
    private record Frame(double x, double top, double w, double h, double lo, double hi, double height) {
        double bottom() {
            return top + h;
        }

        double y(double v) {
            return top + h - (v - lo) / (hi - lo) * h;
        }
    }
}
