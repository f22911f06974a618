package io.github.mediaops.analytics.report;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A post-mortem (复盘) report of a period or campaign, in the usual four parts: goals and results (KPI
 * lines with targets and variance), analysis (sections with charts), lessons learned, and next actions.
 * Build one with {@link #builder(String, DateRange)} and render it with {@link MarkdownRenderer} or
 * {@link HtmlRenderer}.
 *
 * @param title       the title
 * @param period      the period covered
 * @param summary     a one-paragraph summary, may be empty
 * @param kpis        KPI results against targets
 * @param sections    analysis sections
 * @param lessons     lessons learned
 * @param nextActions agreed next actions
 */
public record Report(String title, DateRange period, String summary, List<KpiLine> kpis, List<Section> sections,
                     List<String> lessons, List<String> nextActions) {
    public Report {
        Checks.notBlank(title, "title");
        Checks.notNull(period, "period");
        Checks.notNull(summary, "summary");
        kpis = Checks.listOf(kpis, "kpis");
        sections = Checks.listOf(sections, "sections");
        lessons = Checks.notBlankEach(lessons, "lessons");
        nextActions = Checks.notBlankEach(nextActions, "nextActions");
    }

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

        public Builder summary(String text) {
            this.summary = Checks.notNull(text, "summary");
            return this;
        }

        public Builder kpi(KpiLine line) {
            kpis.add(Checks.notNull(line, "kpi"));
            return this;
        }

        public Builder section(String heading, List<String> paragraphs, Chart... charts) {
            sections.add(new Section(heading, paragraphs, List.of(charts)));
            return this;
        }

        public Builder lesson(String text) {
            lessons.add(text);
            return this;
        }

        public Builder nextAction(String text) {
            nextActions.add(text);
            return this;
        }

        public Report build() {
            return new Report(title, period, summary, kpis, sections, lessons, nextActions);
        }
    }
}
