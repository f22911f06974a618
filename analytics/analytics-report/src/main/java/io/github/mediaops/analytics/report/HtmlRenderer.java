package io.github.mediaops.analytics.report;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * Renders a {@link Report} as one self-contained HTML5 page: inline CSS, charts as inline SVG with real
 * {@code <text>} in a CJK-capable font stack, no scripts, no external resources, so the file can be
 * mailed, archived or opened from disk as is. The page is laid out for A4 (it prints on one column of
 * 180 mm) and every chart is followed by its data table, for readers and for screen readers. The
 * report's own words, numbers and dates follow {@link ReportOptions#locale()}; the colours and fonts
 * follow {@link ReportOptions#theme()}. Every string from the report is HTML-escaped.
 *
 * <pre>{@code
 * String page = HtmlRenderer.render(report, ReportOptions.of(Locale.SIMPLIFIED_CHINESE));
 * Files.writeString(Path.of("weekly-review.html"), page);  // the host writes the file: engines do no I/O
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HtmlRenderer {
    private HtmlRenderer() {
    }

    /** Renders with English words and the default theme. */
    public static String render(Report report) {
        return render(report, ReportOptions.defaults());
    }

    /** Renders with the given language and theme. */
    public static String render(Report report, ReportOptions options) {
        Checks.notNull(report, "report");
        Checks.notNull(options, "options");
        Words w = new Words(options.locale());
        ReportTheme theme = options.theme();
        ChartSvg charts = new ChartSvg(w, theme);
        StringBuilder b = new StringBuilder(16_384);
        String lang = options.locale().toLanguageTag();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc("und".equals(lang) ? "en" : lang))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(report.title())).append("</title>\n<style>").append(css(theme)).append("</style>\n</head>\n<body>\n");
        b.append("<header>\n<h1>").append(esc(report.title())).append("</h1>\n<p class=\"period\">")
                .append(esc(w.word("period"))).append(esc(w.word("label.separator")))
                .append(esc(w.word("period.range", w.date(report.period().start()), w.date(report.period().end()))))
                .append("</p>\n</header>\n");
        if (!report.summary().isBlank()) {
            b.append("<p class=\"summary\">").append(paragraph(report.summary())).append("</p>\n");
        }
        if (!report.kpis().isEmpty()) {
            b.append("<h2>").append(esc(w.word("goals"))).append("</h2>\n<table>\n<thead><tr><th>")
                    .append(esc(w.word("col.kpi"))).append("</th><th class=\"n\">").append(esc(w.word("col.actual")))
                    .append("</th><th class=\"n\">").append(esc(w.word("col.target"))).append("</th><th class=\"n\">")
                    .append(esc(w.word("col.variance"))).append("</th><th>").append(esc(w.word("col.status")))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (KpiLine l : report.kpis()) {
                b.append("<tr><td title=\"").append(esc(l.kpi().formula())).append("\">").append(esc(w.kpiName(l.kpi())))
                        .append("</td><td class=\"n\">").append(esc(w.actual(l)))
                        .append("</td><td class=\"n\">")
                        .append(l.target().isPresent() ? esc(w.value(l.kpi().unit(), l.target().getAsDouble())) : "—")
                        .append("</td><td class=\"n\">").append(esc(w.variance(l.kpi().unit(), l.variance())))
                        .append("</td><td class=\"").append(Words.statusClass(l)).append("\">").append(esc(w.status(l)))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        for (Section s : report.sections()) {
            b.append("<h2>").append(esc(s.heading())).append("</h2>\n");
            for (String p : s.paragraphs()) {
                b.append("<p>").append(paragraph(p)).append("</p>\n");
            }
            for (Chart c : s.charts()) {
                b.append("<figure>\n<figcaption>").append(esc(c.title())).append("</figcaption>\n")
                        .append(charts.svg(c)).append('\n');
                table(b, c, w);
                b.append("</figure>\n");
            }
        }
        list(b, w.word("lessons"), report.lessons(), "ul");
        list(b, w.word("next"), report.nextActions(), "ol");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static String css(ReportTheme t) {
        String font = t.fontFamily(); // ReportTheme admits no character that could end the value or the element
        return "\n@page{size:A4;margin:15mm}\n"
                + "*{box-sizing:border-box}\n"
                + "body{font-family:" + font + ";font-size:14px;max-width:728px;margin:24px auto;padding:0 24px;"
                + "color:#1F2937;line-height:1.55;background:#FFFFFF}\n"
                + "h1{font-size:24px;margin:0 0 4px;color:#111827}\n"
                + "h2{font-size:17px;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid " + t.accent() + "}\n"
                + "header{border-left:6px solid " + t.accent() + ";padding-left:14px;margin-bottom:18px}\n"
                + ".period{color:#6B7280;margin:0}\n.summary{font-size:15px}\n"
                + "table{border-collapse:collapse;margin:8px 0 4px;width:100%;font-size:13px;"
                + "font-variant-numeric:tabular-nums}\n"
                + "th,td{padding:5px 10px;border-bottom:1px solid #E5E7EB;text-align:left}\n"
                + "th{color:#374151;font-weight:600;border-bottom:2px solid #D1D5DB}\n"
                + ".n{text-align:right}\ntd.met{color:#15803D;font-weight:600}\ntd.missed{color:#B91C1C;font-weight:600}\n"
                + "td.no-target,td.not-measured{color:#6B7280}\n"
                + "figure{margin:18px 0 26px;break-inside:avoid}\nfigcaption{font-weight:600;margin-bottom:6px}\n"
                + "figure svg{display:block;max-width:100%;height:auto}\n"
                + "figure table{font-size:12px;color:#374151}\n"
                + "li{margin:3px 0}\n";
    }

    private static String paragraph(String text) {
        return esc(text.replace("\r\n", "\n").replace('\r', '\n')).replace("\n", "<br>\n");
    }

    private static void list(StringBuilder b, String heading, List<String> items, String tag) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<h2>").append(esc(heading)).append("</h2>\n<").append(tag).append(">\n");
        items.forEach(i -> b.append("<li>").append(paragraph(i)).append("</li>\n"));
        b.append("</").append(tag).append(">\n");
    }

    private static void table(StringBuilder b, Chart c, Words w) {
        DataTable t = DataTable.of(c, w);
        b.append("<table>\n<thead><tr>");
        for (int i = 0; i < t.header().size(); i++) {
            b.append(t.numeric().get(i) ? "<th class=\"n\">" : "<th>").append(esc(t.header().get(i))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                b.append(t.numeric().get(i) ? "<td class=\"n\">" : "<td>").append(esc(row.get(i))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** HTML- and XML-escapes text for element content and (double- or single-quoted) attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
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
