package io.github.mediaops.analytics.report;

import io.github.mediaops.analytics.measure.cohort.CohortRow;
import io.github.mediaops.analytics.measure.funnel.StepResult;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Report} as CommonMark/GFM Markdown. Charts become tables (Markdown has no charts):
 * a trend becomes a day-by-series table, a funnel a step table, a heat map a cohort table. User text
 * is escaped so that it cannot break the layout.
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    public static String render(Report report) {
        Checks.notNull(report, "report");
        StringBuilder b = new StringBuilder();
        b.append("# ").append(text(report.title())).append("\n\n");
        b.append("Period: ").append(report.period().start()).append(" to ").append(report.period().end()).append("\n\n");
        if (!report.summary().isBlank()) {
            b.append(text(report.summary())).append("\n\n");
        }
        if (!report.kpis().isEmpty()) {
            b.append("## Goals and results\n\n| KPI | Actual | Target | Variance | Status |\n|---|---:|---:|---:|---|\n");
            for (KpiLine l : report.kpis()) {
                b.append("| ").append(cell(l.kpi().name())).append(" | ").append(Formats.value(l.kpi().unit(), l.actual()))
                        .append(" | ").append(l.target().isPresent() ? Formats.value(l.kpi().unit(), l.target().getAsDouble()) : "—")
                        .append(" | ").append(Formats.variance(l.kpi().unit(), l.variance())).append(" | ")
                        .append(Formats.status(l)).append(" |\n");
            }
            b.append('\n');
        }
        for (Section s : report.sections()) {
            b.append("## ").append(text(s.heading())).append("\n\n");
            for (String p : s.paragraphs()) {
                b.append(text(p)).append("\n\n");
            }
            for (Chart c : s.charts()) {
                b.append("### ").append(text(c.title())).append("\n\n");
                chart(b, c);
                b.append('\n');
            }
        }
        list(b, "Lessons learned", report.lessons(), "- ");
        list(b, "Next actions", report.nextActions(), "- [ ] ");
        return b.toString();
    }

    private static void list(StringBuilder b, String heading, List<String> items, String bullet) {
        if (items.isEmpty()) {
            return;
        }
        b.append("## ").append(heading).append("\n\n");
        for (String i : items) {
            b.append(bullet).append(text(i)).append('\n');
        }
        b.append('\n');
    }

    private static void chart(StringBuilder b, Chart c) {
        if (c instanceof Chart.Trend t) {
            b.append("| Day |");
            t.series().keySet().forEach(k -> b.append(' ').append(cell(k)).append(" |"));
            b.append("\n|---|");
            t.series().keySet().forEach(k -> b.append("---:|"));
            b.append('\n');
            for (int i = 0; i < t.days().size(); i++) {
                LocalDate d = t.days().get(i);
                b.append("| ").append(d).append(" |");
                for (Map.Entry<String, List<Double>> e : t.series().entrySet()) {
                    b.append(' ').append(String.format(Locale.ROOT, "%,.2f", e.getValue().get(i))).append(" |");
                }
                b.append('\n');
            }
        } else if (c instanceof Chart.Funnel f) {
            b.append("| Step | Users | From previous | From start | Drop-off |\n|---|---:|---:|---:|---:|\n");
            for (StepResult s : f.result().steps()) {
                b.append("| ").append(cell(s.step())).append(" | ").append(s.users()).append(" | ")
                        .append(Formats.percent(s.conversionFromPrevious())).append(" | ")
                        .append(Formats.percent(s.conversionFromStart())).append(" | ").append(s.dropOff()).append(" |\n");
            }
        } else if (c instanceof Chart.CohortHeatmap h) {
            int periods = h.table().curve().size();
            b.append("| Cohort | Size |");
            for (int k = 0; k < periods; k++) {
                b.append(" P").append(k).append(" |");
            }
            b.append("\n|---|---:|");
            b.append("---:|".repeat(periods)).append('\n');
            for (CohortRow r : h.table().rows()) {
                b.append("| ").append(r.cohort().start()).append(" | ").append(r.size()).append(" |");
                for (int k = 0; k < periods; k++) {
                    b.append(' ').append(k < r.retention().size() ? Formats.percent(r.retention().get(k)) : "").append(" |");
                }
                b.append('\n');
            }
        }
    }

    /** Escapes Markdown control characters in running text. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(ch) >= 0) {
                b.append('\\');
            }
            b.append(ch == '\n' || ch == '\r' ? ' ' : ch);
        }
        return b.toString();
    }

    private static String cell(String s) {
        return text(s);
    }
}
