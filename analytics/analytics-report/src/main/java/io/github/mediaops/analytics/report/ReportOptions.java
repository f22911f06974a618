package io.github.mediaops.analytics.report;

import io.github.mediaops.core.validate.Checks;
import java.util.Locale;

/**
 * How a report is rendered: the reader's language and the look.
 *
 * <p>The locale chooses the report's own words (headings such as "Goals and results", column names,
 * statuses, axis names, the names of the standard KPIs) and its number and date formats: Chinese
 * ({@code zh}, rendered in Simplified characters) and English are built in; every other language gets
 * English words with its own number and date formats. The JVM's default locale is never consulted.
 * Text the host passes in (titles, KPI names of its own, labels) is shown as given.
 *
 * <pre>{@code
 * String html = HtmlRenderer.render(report, ReportOptions.of(Locale.SIMPLIFIED_CHINESE));
 * }</pre>
 *
 * @param locale the reader's locale
 * @param theme  colours and fonts
 * @since 0.1.0
 */
public record ReportOptions(Locale locale, ReportTheme theme) {
    /** Rejects null parts. */
    public ReportOptions {
        Checks.notNull(locale, "locale");
        Checks.notNull(theme, "theme");
    }

    /** English words and formats, the default theme. */
    public static ReportOptions defaults() {
        return new ReportOptions(Locale.ENGLISH, ReportTheme.defaults());
    }

    /** The given locale with the default theme. */
    public static ReportOptions of(Locale locale) {
        return new ReportOptions(locale, ReportTheme.defaults());
    }

    /** These options with another theme. */
    public ReportOptions withTheme(ReportTheme theme) {
        return new ReportOptions(locale, theme);
    }
}
