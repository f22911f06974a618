package io.github.mediaops.analytics.report;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * Renders a {@link Report} as CommonMark / GitHub-flavoured Markdown. Charts become tables (Markdown has
 * no charts): a trend a day-by-series table, bars a category-by-series table, a funnel a step table, a
 * heat map a cohort table. The report's own words, numbers and dates follow
 * {@link ReportOptions#locale()}.
 *
 * <p>Every string from the report is escaped so that it stays the text it was: Markdown punctuation
 * ({@code * _ ` ~ [ ] < > # | & \}) is backslash-escaped, so host text can open no emphasis, link, HTML
 * tag, entity, code span or fence ({@code ```} or {@code ~~~}); a line that would start a list, quote,
 * heading, thematic break or setext underline ({@code - x}, {@code + x}, {@code 1. x}, {@code ---},
 * {@code ===}) is escaped; leading spaces are dropped so no line becomes an
 * indented code block. In table cells a pipe stays in its cell and a newline becomes {@code <br>}; in
 * paragraphs a newline becomes a hard line break; in headings and list items a space.
 *
 * <pre>{@code
 * String page = MarkdownRenderer.render(report, ReportOptions.of(Locale.SIMPLIFIED_CHINESE));
 * Files.writeString(Path.of("weekly-review.md"), page);  // the host writes the file: engines do no I/O
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    /** Renders with English words. */
    public static String render(Report report) {
        return render(report, ReportOptions.defaults());
    }

    /** Renders with the given language (the theme does not apply to Markdown). */
    public static String render(Report report, ReportOptions options) {
        Checks.notNull(report, "report");
        Checks.notNull(options, "options");
        Words w = new Words(options.locale());
        StringBuilder b = new StringBuilder(4096);
        b.append("# ").append(line(report.title())).append("\n\n");
        b.append(line(w.word("period"))).append(line(w.word("label.separator")))
                .append(line(w.word("period.range", w.date(report.period().start()), w.date(report.period().end()))))
                .append("\n\n");
        if (!report.summary().isBlank()) {
            b.append(paragraph(report.summary())).append("\n\n");
        }
        if (!report.kpis().isEmpty()) {
            b.append("## ").append(line(w.word("goals"))).append("\n\n| ").append(cell(w.word("col.kpi"))).append(" | ")
                    .append(cell(w.word("col.actual"))).append(" | ").append(cell(w.word("col.target"))).append(" | ")
                    .append(cell(w.word("col.variance"))).append(" | ").append(cell(w.word("col.status")))
                    .append(" |\n|---|---:|---:|---:|---|\n");
            for (KpiLine l : report.kpis()) {
                b.append("| ").append(cell(w.kpiName(l.kpi()))).append(" | ").append(cell(w.actual(l)))
                        .append(" | ")
                        .append(l.target().isPresent() ? cell(w.value(l.kpi().unit(), l.target().getAsDouble())) : "—")
                        .append(" | ").append(cell(w.variance(l.kpi().unit(), l.variance()))).append(" | ")
                        .append(cell(w.status(l))).append(" |\n");
            }
            b.append('\n');
        }
        for (Section s : report.sections()) {
            b.append("## ").append(line(s.heading())).append("\n\n");
            for (String p : s.paragraphs()) {
                b.append(paragraph(p)).append("\n\n");
            }
            for (Chart c : s.charts()) {
                b.append("### ").append(line(c.title())).append("\n\n");
                chart(b, c, w);
                b.append('\n');
            }
        }
        list(b, w.word("lessons"), report.lessons(), "- ");
        list(b, w.word("next"), report.nextActions(), "- [ ] ");
        return b.toString();
    }

    private static void list(StringBuilder b, String heading, List<String> items, String bullet) {
        if (items.isEmpty()) {
            return;
        }
        b.append("## ").append(line(heading)).append("\n\n");
        for (String i : items) {
            b.append(bullet).append(line(i)).append('\n');
        }
        b.append('\n');
    }

    private static void chart(StringBuilder b, Chart c, Words w) {
        DataTable t = DataTable.of(c, w);
        b.append('|');
        t.header().forEach(h -> b.append(' ').append(cell(h)).append(" |"));
        b.append("\n|");
        t.numeric().forEach(n -> b.append(n ? "---:|" : "---|"));
        b.append('\n');
        for (List<String> row : t.rows()) {
            b.append('|');
            row.forEach(v -> b.append(' ').append(cell(v)).append(" |"));
            b.append('\n');
        }
    }

    /** Text on one line (a heading or list item): newlines become spaces. */
    static String line(String s) {
        return escapeLine(normalise(s).replace('\n', ' '));
    }

    /** A paragraph: each line escaped, lines joined by hard breaks (a backslash before the newline). */
    static String paragraph(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (String l : normalise(s).split("\n", -1)) {
            String e = escapeLine(l);
            if (e.isEmpty()) {
                continue; // an empty line would end the paragraph
            }
            if (b.length() > 0) {
                b.append("\\\n");
            }
            b.append(e);
        }
        return b.toString();
    }

    /** A table cell: escaped, pipes stay in the cell, newlines become {@code <br>}. */
    static String cell(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        String[] lines = normalise(s).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append("<br>");
            }
            b.append(escapeLine(lines[i]));
        }
        return b.toString();
    }

    /** Whether a line starts a bullet ("- x", "+ x") or is a setext underline or thematic break ("===", "---"). */
    private static boolean marker(String s) {
        char first = s.charAt(0);
        if ((first == '-' || first == '+') && (s.length() == 1 || s.charAt(1) == ' ' || s.charAt(1) == '\t')) {
            return true;
        }
        return (first == '-' || first == '=') && s.chars().allMatch(c -> c == first || c == ' ' || c == '\t');
    }

    private static String normalise(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Escapes one line: every Markdown punctuation character that can start markup, leading blanks
     * dropped, and a leading list, heading-underline or ordered-list marker escaped.
     */
    private static String escapeLine(String raw) {
        String s = raw.stripLeading();
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ("\\`*_[]<>#|~&".indexOf(ch) >= 0 || (i == 0 && marker(s))) {
                b.append('\\');
            }
            b.append(ch);
        }
        // "2026. Great year" or "1) first" would start an ordered list
        int digits = 0;
        while (digits < b.length() && Character.isDigit(b.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < b.length() && (b.charAt(digits) == '.' || b.charAt(digits) == ')')
                && (digits + 1 == b.length() || b.charAt(digits + 1) == ' ' || b.charAt(digits + 1) == '\t')) {
            b.insert(digits, '\\');
        }
        return b.toString();
    }
}
