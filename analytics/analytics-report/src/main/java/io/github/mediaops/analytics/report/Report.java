package io.github.mediaops.analytics.report;

import io.github.mediaops.analytics.measure.campaign.GoalResult;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A post-mortem (复盘) report of a period or campaign, in the usual four parts: goals and results (KPI
 * lines with targets and variance), analysis (sections with charts), lessons learned, and next actions.
 * Build one with {@link #builder(String, DateRange)} and render it with {@link MarkdownRenderer} or
 * {@link HtmlRenderer}. A campaign's goal-vs-actual lines come straight from its post-mortem
 * ({@code CampaignPostMortem#goals()} of {@code analytics-postmortem}, or {@code CampaignResults} of
 * {@code analytics-measure}): nothing is re-keyed by hand.
 *
 * <pre>{@code
 * CampaignPostMortem pm = CampaignPostMortem.builder(campaign, ZoneId.of("Asia/Shanghai"))...build();
 * Report report = Report.builder("双11预热复盘", pm.period())
 *         .goals(pm.goals())
 *         .lesson("把企微二维码放在置顶评论。")
 *         .build();
 * Files.writeString(Path.of("review.html"), HtmlRenderer.render(report, ReportOptions.of(Locale.SIMPLIFIED_CHINESE)));
 * }</pre>
 *
 * @param title       the title
 * @param period      the period covered
 * @param summary     a one-paragraph summary, may be empty
 * @param kpis        KPI results against targets
 * @param sections    analysis sections
 * @param lessons     lessons learned
 * @param nextActions agreed next actions
 *
 * @since 0.1.0
 */
public record Report(String title, DateRange period, String summary, List<KpiLine> kpis, List<Section> sections,
                     List<String> lessons, List<String> nextActions) {
    /** Validates the components; bad values fail with the field named. */
    public Report {
        Checks.notBlank(title, "title");
        Checks.notNull(period, "period");
        Checks.notNull(summary, "summary");
        kpis = Checks.listOf(kpis, "kpis");
        sections = Checks.listOf(sections, "sections");
        lessons = Checks.notBlankEach(lessons, "lessons");
        nextActions = Checks.notBlankEach(nextActions, "nextActions");
    }

    /**
     * Starts a report.
     *
     * @param title  the title; not blank
     * @param period the period covered
     * @return a builder
     */
    public static Builder builder(String title, DateRange period) {
        return new Builder(title, period);
    }

    /** Collects the parts of a report. */
    public static final class Builder {
        private final String title;
        private final DateRange period;
        private String summary = "";
        private final List<KpiLine> kpis = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<String> lessons = new ArrayList<>();
        private final List<String> nextActions = new ArrayList<>();

        private Builder(String title, DateRange period) {
            this.title = title;
            this.period = period;
        }

        /**
         * The one-paragraph summary.
         *
         * @param text the summary; may be empty
         * @return this builder
         */
        public Builder summary(String text) {
            this.summary = Checks.notNull(text, "summary");
            return this;
        }

        /**
         * Adds a KPI line.
         *
         * @param line the line
         * @return this builder
         */
        public Builder kpi(KpiLine line) {
            kpis.add(Checks.notNull(line, "kpi"));
            return this;
        }

        /**
         * Adds one KPI line per goal result, in order, each as {@link KpiLine#of(GoalResult)}: a campaign
         * post-mortem's {@code goals()} go in as they are.
         *
         * @param goals the goal results
         * @return this builder
         */
        public Builder goals(Collection<GoalResult> goals) {
            Checks.notNull(goals, "goals").forEach(g -> kpis.add(KpiLine.of(Checks.notNull(g, "goals[]"))));
            return this;
        }

        /**
         * Adds an analysis section.
         *
         * @param heading    the heading
         * @param paragraphs its paragraphs, in order
         * @param charts     its charts, in order
         * @return this builder
         */
        public Builder section(String heading, List<String> paragraphs, Chart... charts) {
            sections.add(new Section(heading, paragraphs, List.of(charts)));
            return this;
        }

        /**
         * Adds a lesson learned.
         *
         * @param text the lesson; not blank
         * @return this builder
         */
        public Builder lesson(String text) {
            lessons.add(text);
            return this;
        }

        /**
         * Adds an agreed next action.
         *
         * @param text the action; not blank
         * @return this builder
         */
        public Builder nextAction(String text) {
            nextActions.add(text);
            return this;
        }

        /**
         * The report.
         *
         * @return the report
         * @throws io.github.mediaops.core.InvalidValueException naming the first invalid part
         */
        public Report build() {
            return new Report(title, period, summary, kpis, sections, lessons, nextActions);
        }
    }
}
