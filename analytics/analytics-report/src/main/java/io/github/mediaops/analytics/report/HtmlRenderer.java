package io.github.mediaops.analytics.report;

import io.github.mediaops.analytics.measure.cohort.CohortRow;
import io.github.mediaops.analytics.measure.funnel.StepResult;
import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * Renders a {@link Report} as one self-contained HTML5 page: inline CSS, charts as inline SVG drawn by
 * XChart (https://knowm.org/open-source/xchart/), no scripts and no external resources, so the file can
 * be mailed or archived as is. Every chart is followed by its data table, for readers and for screen
 * readers. All user text is HTML-escaped.
 */
public final class HtmlRenderer {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;\
            max-width:960px;margin:2em auto;padding:0 1em;color:#1b1f23;line-height:1.5}\
            table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #d0d7de;padding:4px 10px}\
            td.n{text-align:right}th{background:#f6f8fa}.met{color:#1a7f37}.missed{color:#cf222e}\
            figure{margin:1.5em 0}figcaption{font-weight:600}svg{max-width:100%;height:auto}""";

    private HtmlRenderer() {
    }

    public static String render(Report report) {
        Checks.notNull(report, "report");
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(report.title())).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(report.title())).append("</h1>\n<p>Period: ").append(report.period().start())
                .append(" to ").append(report.period().end()).append("</p>\n");
        if (!report.summary().isBlank()) {
            b.append("<p>").append(esc(report.summary())).append("</p>\n");
        }
        if (!report.kpis().isEmpty()) {
            b.append("<h2>Goals and results</h2>\n<table>\n<tr><th>KPI</th><th>Actual</th><th>Target</th><th>Variance</th>"
                    + "<th>Status</th></tr>\n");
            for (KpiLine l : report.kpis()) {
                String status = Formats.status(l);
                b.append("<tr><td title=\"").append(esc(l.kpi().formula())).append("\">").append(esc(l.kpi().name()))
                        .append("</td><td class=\"n\">").append(esc(Formats.value(l.kpi().unit(), l.actual())))
                        .append("</td><td class=\"n\">")
                        .append(l.target().isPresent() ? esc(Formats.value(l.kpi().unit(), l.target().getAsDouble())) : "—")
                        .append("</td><td class=\"n\">").append(esc(Formats.variance(l.kpi().unit(), l.variance())))
                        .append("</td><td class=\"").append(status.replace(' ', '-')).append("\">").append(status)
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        for (Section s : report.sections()) {
            b.append("<h2>").append(esc(s.heading())).append("</h2>\n");
            for (String p : s.paragraphs()) {
                b.append("<p>").append(esc(p)).append("</p>\n");
            }
            for (Chart c : s.charts()) {
                b.append("<figure>\n<figcaption>").append(esc(c.title())).append("</figcaption>\n")
                        .append(ChartSvg.svg(c)).append('\n');
                table(b, c);
                b.append("</figure>\n");
            }
        }
        list(b, "Lessons learned", report.lessons(), "ul");
        list(b, "Next actions", report.nextActions(), "ol");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void list(StringBuilder b, String heading, List<String> items, String tag) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<h2>").append(heading).append("</h2>\n<").append(tag).append(">\n");
        items.forEach(i -> b.append("<li>").append(esc(i)).append("</li>\n"));
        b.append("</").append(tag).append(">\n");
    }

    private static void table(StringBuilder b, Chart c) {
        b.append("<table>\n");
        if (c instanceof Chart.Trend t) {
            b.append("<tr><th>Day</th>");
            t.series().keySet().forEach(k -> b.append("<th>").append(esc(k)).append("</th>"));
            b.append("</tr>\n");
            for (int i = 0; i < t.days().size(); i++) {
                b.append("<tr><td>").append(t.days().get(i)).append("</td>");
                for (List<Double> v : t.series().values()) {
                    b.append("<td class=\"n\">").append(String.format(java.util.Locale.ROOT, "%,.2f", v.get(i))).append("</td>");
                }
                b.append("</tr>\n");
            }
        } else if (c instanceof Chart.Funnel f) {
            b.append("<tr><th>Step</th><th>Users</th><th>From previous</th><th>From start</th><th>Drop-off</th></tr>\n");
            for (StepResult s : f.result().steps()) {
                b.append("<tr><td>").append(esc(s.step())).append("</td><td class=\"n\">").append(s.users())
                        .append("</td><td class=\"n\">").append(Formats.percent(s.conversionFromPrevious()))
                        .append("</td><td class=\"n\">").append(Formats.percent(s.conversionFromStart()))
                        .append("</td><td class=\"n\">").append(s.dropOff()).append("</td></tr>\n");
            }
        } else if (c instanceof Chart.CohortHeatmap h) {
            int periods = h.table().curve().size();
            b.append("<tr><th>Cohort</th><th>Size</th>");
            for (int k = 0; k < periods; k++) {
                b.append("<th>P").append(k).append("</th>");
            }
            b.append("</tr>\n");
            for (CohortRow r : h.table().rows()) {
                b.append("<tr><td>").append(r.cohort().start()).append("</td><td class=\"n\">").append(r.size()).append("</td>");
                for (int k = 0; k < periods; k++) {
                    b.append("<td class=\"n\">").append(k < r.retention().size() ? Formats.percent(r.retention().get(k)) : "")
                            .append("</td>");
                }
                b.append("</tr>\n");
            }
        }
        b.append("</table>\n");
    }

    /** HTML-escapes text for element content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
