/**
 * Post-mortem (复盘) reports: a model that gathers KPI results against their targets, narrative
 * sections with charts (trend lines, funnel bars, cohort heat maps), lessons and next actions, rendered
 * to Markdown and to a self-contained HTML page whose charts are inline SVG drawn by XChart.
 */
package io.github.mediaops.analytics.report;
