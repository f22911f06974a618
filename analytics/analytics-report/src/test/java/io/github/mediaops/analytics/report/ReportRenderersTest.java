package io.github.mediaops.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.measure.cohort.Activity;
import io.github.mediaops.analytics.measure.cohort.CohortTable;
import io.github.mediaops.analytics.measure.cohort.RetentionCohorts;
import io.github.mediaops.analytics.measure.funnel.Funnel;
import io.github.mediaops.analytics.measure.funnel.FunnelEvent;
import io.github.mediaops.analytics.measure.funnel.FunnelResult;
import io.github.mediaops.analytics.measure.kpi.Grain;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.kpi.KpiCatalog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportRenderersTest {
    static final Instant T = Instant.parse("2026-11-02T02:00:00Z");

    static Report sample() {
        FunnelResult funnel = Funnel.privateTraffic(Duration.ofDays(7)).apply(List.of(
                FunnelEvent.user("a").reached(Funnel.CONTENT_VIEW, T), FunnelEvent.user("a").reached(Funnel.WECOM_CONTACT_ADDED, T.plusSeconds(60)),
                FunnelEvent.user("a").reached(Funnel.PURCHASE, T.plusSeconds(600)), FunnelEvent.user("b").reached(Funnel.CONTENT_VIEW, T),
                FunnelEvent.user("c").reached(Funnel.CONTENT_VIEW, T), FunnelEvent.user("c").reached(Funnel.WECOM_CONTACT_ADDED, T.plusSeconds(9))));
        List<Activity> acts = List.of(new Activity("a", T), new Activity("a", T.plus(Duration.ofDays(8))),
                new Activity("b", T.plus(Duration.ofDays(1))));
        CohortTable cohorts = new RetentionCohorts(ZoneId.of("Asia/Shanghai"), Grain.WEEK, 3)
                .apply(RetentionCohorts.firstEvents(acts), acts, LocalDate.of(2026, 11, 29));
        Map<String, List<Double>> views = new LinkedHashMap<>();
        views.put("douyin", List.of(1200.0, 1500.0, 900.0));
        views.put("wechat-oa", List.of(300.0, 310.0, 420.0));
        LocalDate d = LocalDate.of(2026, 11, 2);
        return Report.builder("Double 11 <campaign> review", DateRange.of(d, d.plusDays(2)))
                .summary("Views beat target; the | private-traffic funnel leaked at the WeCom step.")
                .kpi(KpiLine.measured(KpiCatalog.ENGAGEMENT_RATE, 0.046).against(0.04))
                .kpi(KpiLine.measured(KpiCatalog.SEARCH_RANK, 4).against(3))
                .kpi(KpiLine.measured(KpiCatalog.VIEWS, 4630))
                .section("Trends", List.of("Douyin carried the campaign."),
                        new Chart.Trend("Views per day", List.of(d, d.plusDays(1), d.plusDays(2)), views, Chart.Axis.labelled("views")))
                .section("Private traffic", List.of(), new Chart.Funnel("Content to purchase", funnel),
                        new Chart.CohortHeatmap("Weekly retention", cohorts))
                .lesson("Post the WeCom QR code in the first comment.")
                .nextAction("A/B test the cover of the WeCom invitation.")
                .build();
    }

    @Test
    void kpi_lines_compute_variance_and_respect_direction() {
        KpiLine er = KpiLine.measured(KpiCatalog.ENGAGEMENT_RATE, 0.046).against(0.04);
        assertThat(er.variance().getAsDouble()).isCloseTo(0.006, within(1e-12));
        assertThat(er.relativeVariance().getAsDouble()).isCloseTo(0.15, within(1e-12));
        assertThat(er.met()).hasValue(true);
        KpiLine rank = KpiLine.measured(KpiCatalog.SEARCH_RANK, 4).against(3); // lower is better: 4th misses a top-3 target
        assertThat(rank.met()).hasValue(false);
        assertThat(KpiLine.measured(KpiCatalog.VIEWS, 10).met()).isEmpty();
        assertThat(KpiLine.measured(KpiCatalog.VIEWS, 10).against(0).relativeVariance()).isEmpty();
        assertThatThrownBy(() -> KpiLine.measured(KpiCatalog.VIEWS, Double.NaN).against(1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void markdown_has_the_kpi_table_chart_tables_and_escaped_text() {
        String md = MarkdownRenderer.render(sample());
        assertThat(md).startsWith("# Double 11 \\<campaign\\> review\n");
        assertThat(md).contains("| Engagement rate | 4.60% | 4.00% | +0.60 pp | met |");
        assertThat(md).contains("| Search rank | 4 | 3 | +1 | missed |");
        assertThat(md).contains("| Reads / plays | 4,630 | — | — | no target |");
        assertThat(md).contains("the \\| private-traffic funnel");
        assertThat(md).contains("| Nov 3, 2026 | 1,500.00 | 310.00 |");
        assertThat(md).contains("| wecom\\_contact\\_added | 2 | 66.7% | 66.7% | 1 |");
        assertThat(md).contains("| Nov 2, 2026 | 2 | 100.0% | 50.0% | 0.0% |");
        assertThat(md).contains("- [ ] A/B test the cover of the WeCom invitation.");
    }

    @Test
    void html_is_self_contained_with_one_inline_svg_per_chart() {
        String html = HtmlRenderer.render(sample());
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<title>Double 11 &lt;campaign&gt; review</title>");
        assertThat(html).doesNotContain("<campaign>").doesNotContain("<script");
        Matcher svgs = Pattern.compile("<svg[\\s>]").matcher(html);
        int count = 0;
        while (svgs.find()) {
            count++;
        }
        assertThat(count).isEqualTo(3);
        // no external resources: every src/href is a fragment or data URI (SVG namespaces are not fetched)
        Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        while (refs.find()) {
            assertThat(refs.group(1)).matches("#.*|data:.*");
        }
        assertThat(html).contains("<td class=\"met\">met</td>").contains("<td class=\"missed\">missed</td>");
        assertThat(html).contains("Views per day").contains("Weekly retention");
    }

    @Test
    void a_kpi_that_could_not_be_measured_says_why_instead_of_a_verdict() {
        KpiLine line = KpiLine.notMeasured(KpiCatalog.COMPLETION_RATE, "no snapshot reported completion_rate").against(0.3);
        assertThat(line.measured()).isFalse();
        assertThat(line.met()).isEmpty();
        assertThat(line.variance()).isEmpty();
        Report r = Report.builder("t", sample().period()).kpi(line).build();
        assertThat(MarkdownRenderer.render(r))
                .contains("| Completion rate | — | 30.00% | — | not measured: no snapshot reported completion\\_rate |");
        assertThat(MarkdownRenderer.render(r, ReportOptions.of(java.util.Locale.SIMPLIFIED_CHINESE)))
                .contains("| 完播率 | — | 30.00% | — | 未测量：no snapshot reported completion\\_rate |");
        assertThat(HtmlRenderer.render(r))
                .contains("<td class=\"not-measured\">not measured: no snapshot reported completion_rate</td>");
        assertThatThrownBy(() -> KpiLine.notMeasured(KpiCatalog.VIEWS, " "))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason");
    }

    @Test
    void goal_results_of_a_campaign_become_kpi_lines_without_re_keying() {
        DateRange period = sample().period();
        var met = io.github.mediaops.analytics.measure.campaign.GoalResult.measured(KpiCatalog.ENGAGEMENT_RATE,
                new io.github.mediaops.core.kpi.KpiTarget("engagement_rate", 0.04, period),
                new io.github.mediaops.analytics.measure.campaign.KpiActual("engagement_rate", 0.046, "hand"));
        var rank = io.github.mediaops.analytics.measure.campaign.GoalResult.measured(KpiCatalog.SEARCH_RANK,
                new io.github.mediaops.core.kpi.KpiTarget("search_rank", 3, period),
                new io.github.mediaops.analytics.measure.campaign.KpiActual("search_rank", 4, "hand"));
        var missing = io.github.mediaops.analytics.measure.campaign.GoalResult.notMeasured(KpiCatalog.COMPLETION_RATE,
                new io.github.mediaops.core.kpi.KpiTarget("completion_rate", 0.3, period), "no snapshot reported it");
        Report r = Report.builder("t", period).goals(List.of(met, rank, missing)).build();
        assertThat(r.kpis()).containsExactly(KpiLine.measured(KpiCatalog.ENGAGEMENT_RATE, 0.046).against(0.04),
                KpiLine.measured(KpiCatalog.SEARCH_RANK, 4).against(3),
                KpiLine.notMeasured(KpiCatalog.COMPLETION_RATE, "no snapshot reported it").against(0.3));
        assertThat(r.kpis().get(0).met()).contains(true);
        assertThat(r.kpis().get(1).met()).contains(false); // lower is better: rank 4 misses a target of 3
        assertThat(r.kpis().get(1).variance().getAsDouble()).isEqualTo(1.0);
        assertThat(MarkdownRenderer.render(r)).contains("not measured: no snapshot reported it");
    }

    @Test
    void trend_series_must_match_the_days() {
        assertThatThrownBy(() -> new Chart.Trend("t", List.of(LocalDate.of(2026, 1, 1)), Map.of("a", List.of(1.0, 2.0)), Chart.Axis.labelled("y")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2 values for 1 days");
    }
}
