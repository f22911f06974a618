package io.github.mediaops.examples.tour;

import io.github.mediaops.abtest.Arms;
import io.github.mediaops.abtest.Decision;
import io.github.mediaops.abtest.FrequentistTests;
import io.github.mediaops.abtest.SufficientStats;
import io.github.mediaops.abtest.TestOptions;
import io.github.mediaops.abtest.TestResult;
import io.github.mediaops.analytics.measure.campaign.GoalResult;
import io.github.mediaops.analytics.postmortem.CampaignPostMortem;
import io.github.mediaops.analytics.postmortem.ExperimentReadout;
import io.github.mediaops.analytics.report.HtmlRenderer;
import io.github.mediaops.analytics.report.Report;
import io.github.mediaops.analytics.report.ReportOptions;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.connector.wechat.WeChatConnector;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.campaign.Campaign;
import io.github.mediaops.core.campaign.CampaignType;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.platform.Platform;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * A campaign post-mortem (复盘) from what the host already has: the {@link Campaign} with its goals, budget
 * and spend, the WeChat connector's snapshots (on the local simulator), lead events and an A/B test. No
 * number is typed in twice.
 */
public final class PostMortemTour {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC); // 10:00 in Beijing
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 26));

    private PostMortemTour() {
    }

    /**
     * Prints the post-mortem of the tour's campaign and writes it as a report, {@code campaign-review.html}
     * in {@code reportDir}: the goal-vs-actual lines go into the report as the post-mortem computed them.
     */
    public static void run(PrintStream out, Path reportDir) {
        CampaignPostMortem pm = postMortem();
        out.println("post-mortem of \"" + pm.campaign().name() + "\" " + pm.period() + ":");
        out.println("  spend " + pm.spend().spent() + " of " + pm.spend().budget()
                + (pm.spend().overspent() ? ", overspent by " + pm.spend().overspend() : ", " + pm.spend().remaining() + " left"));
        for (GoalResult g : pm.goals()) {
            out.printf(Locale.ROOT, "  %-22s target %-10s actual %-12s %s%n", g.kpi().id(), fmt(g.goal().target()),
                    g.actual().map(a -> fmt(a.value())).orElse("-"),
                    g.status() + g.reason().map(r -> " (" + r + ")").orElse(""));
        }
        out.println("  leads " + pm.leads() + " " + pm.leadsByAction());
        for (ExperimentReadout e : pm.experiments()) {
            out.println("  A/B \"" + e.name() + "\": " + e.decision().summary());
        }
        Report.Builder report = Report.builder(pm.campaign().name() + " 复盘", pm.period())
                .summary("花费 " + pm.spend().spent() + "，预算 " + pm.spend().budget() + "；线索 " + pm.leads() + " 条。")
                .goals(pm.goals());
        pm.experiments().forEach(e -> report.lesson(e.name() + "：" + e.decision().summary()));
        Path page = AnalyticsTour.write(reportDir.resolve("campaign-review.html"),
                HtmlRenderer.render(report.build(), ReportOptions.of(Locale.SIMPLIFIED_CHINESE)));
        out.println("  report written to " + page.toAbsolutePath().normalize());
    }

    /** The post-mortem, with the snapshots read through the WeChat connector from its simulator. */
    static CampaignPostMortem postMortem() {
        try (WeChatSimulator sim = WeChatSimulator.builder().clock(CLOCK).build();
             WeChatConnector wechat = WeChatConnector.builder(WeChatTour.simulatorConfig(sim, CLOCK)).build()) {
            TestResult titles = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(20_000, 1_000))
                    .treatment(SufficientStats.ofProportion(20_000, 1_150)), TestOptions.defaults());
            Decision decision = Decision.builder(titles).plannedPerArm(20_000).observedPerArm(20_000)
                    .metricName("click-through rate").build();
            return CampaignPostMortem.builder(campaign(), SHANGHAI)
                    .content(wechat.contentMetrics().contentMetrics(wechat.account(), PERIOD))
                    .audience(wechat.audienceMetrics().audienceMetrics(wechat.account(), PERIOD))
                    .leads(leads())
                    .revenue(Money.cny("160000"))
                    .measured("search_rank", 4)
                    .experiment("title: question vs. statement", titles, decision)
                    .build();
        }
    }

    static Campaign campaign() {
        return Campaign.builder("autumn-launch", "Autumn launch", CampaignType.TOPIC_INTERACTION)
                .period(PERIOD)
                .channel(Platform.WECHAT_OFFICIAL_ACCOUNT)
                .budget(Money.cny("50000"))
                .spend(Money.cny("52300"))
                .goal(new KpiTarget("views", 4000, PERIOD))
                .goal(new KpiTarget("engagement_rate", 0.08, PERIOD))
                .goal(new KpiTarget("follower_growth", 300, PERIOD))
                .goal(new KpiTarget("follower_growth_rate", 0.0003, PERIOD))
                .goal(new KpiTarget("private_traffic_leads", 5, PERIOD))
                .goal(new KpiTarget("roas", 3.0, PERIOD))
                .goal(new KpiTarget("completion_rate", 0.3, PERIOD))
                .goal(new KpiTarget("search_rank", 3, PERIOD))
                .goal(new KpiTarget("views", 1400, DateRange.day(PERIOD.start())))
                .build();
    }

    static List<LeadEvent> leads() {
        return List.of(
                new LeadEvent("u1", LeadAction.FOLLOW, Instant.parse("2026-11-24T03:00:00Z"), "qrscene_autumn"),
                new LeadEvent("u1", LeadAction.ADD_CONTACT, Instant.parse("2026-11-24T05:00:00Z"), "qrscene_autumn"),
                new LeadEvent("u2", LeadAction.FOLLOW, Instant.parse("2026-11-25T12:00:00Z"), "qrscene_autumn"),
                new LeadEvent("u3", LeadAction.SIGN_UP, Instant.parse("2026-11-26T15:59:00Z"), "qrscene_autumn"),
                new LeadEvent("u4", LeadAction.FOLLOW, Instant.parse("2026-11-26T16:00:00Z"), "qrscene_autumn"));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.5g", v);
    }
}
