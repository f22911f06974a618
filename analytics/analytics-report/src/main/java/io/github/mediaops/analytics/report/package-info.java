/**
 * Post-mortem (复盘) reports: a model that gathers KPI results against their targets, narrative
 * sections with charts (trend lines, grouped bars, funnel bars, cohort heat maps), lessons and next
 * actions, rendered by {@link io.github.mediaops.analytics.report.MarkdownRenderer} to Markdown and by
 * {@link io.github.mediaops.analytics.report.HtmlRenderer} to a self-contained HTML page whose charts
 * are inline SVG with real text, in the reader's language
 * ({@link io.github.mediaops.analytics.report.ReportOptions}) and the brand's colours
 * ({@link io.github.mediaops.analytics.report.ReportTheme}).
 *
 * @since 0.1.0
 */
package io.github.mediaops.analytics.report;
