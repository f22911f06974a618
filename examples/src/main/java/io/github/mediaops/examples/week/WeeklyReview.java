package io.github.mediaops.examples.week;

import io.github.mediaops.abtest.Arms;
import io.github.mediaops.abtest.Decision;
import io.github.mediaops.abtest.FrequentistTests;
import io.github.mediaops.abtest.SufficientStats;
import io.github.mediaops.abtest.TestOptions;
import io.github.mediaops.abtest.TestResult;
import io.github.mediaops.analytics.measure.campaign.GoalResult;
import io.github.mediaops.analytics.measure.kpi.ContentKpis;
import io.github.mediaops.analytics.measure.kpi.Denominator;
import io.github.mediaops.analytics.measure.kpi.Corrections;
import io.github.mediaops.analytics.measure.kpi.MetricTotals;
import io.github.mediaops.analytics.measure.kpi.Ratio;
import io.github.mediaops.analytics.planning.leads.LeadAttribution;
import io.github.mediaops.core.lead.Touchpoint;
import io.github.mediaops.core.lead.TrackingChannel;
import io.github.mediaops.analytics.planning.leads.TrackingCodes;
import io.github.mediaops.analytics.planning.leads.UtmLinks;
import io.github.mediaops.analytics.planning.leads.UtmParams;
import io.github.mediaops.analytics.postmortem.CampaignPostMortem;
import io.github.mediaops.analytics.report.Chart;
import io.github.mediaops.analytics.report.HtmlRenderer;
import io.github.mediaops.analytics.report.MarkdownRenderer;
import io.github.mediaops.analytics.report.Report;
import io.github.mediaops.analytics.report.ReportOptions;
import io.github.mediaops.connector.channels.ChannelsConnector;
import io.github.mediaops.connector.channels.ChannelsOrder;
import io.github.mediaops.connector.channels.simulator.ChannelsSimulator;
import io.github.mediaops.connector.feishu.FeishuConnector;
import io.github.mediaops.connector.feishu.FeishuMessage;
import io.github.mediaops.connector.feishu.simulator.FeishuBotSimulator;
import io.github.mediaops.connector.ga4.CampaignTraffic;
import io.github.mediaops.connector.ga4.Ga4Connector;
import io.github.mediaops.connector.ga4.Ga4Event;
import io.github.mediaops.connector.ga4.Ga4EventBatch;
import io.github.mediaops.connector.ga4.simulator.Ga4Simulator;
import io.github.mediaops.connector.juguang.JuguangConnector;
import io.github.mediaops.connector.juguang.simulator.JuguangSimulator;
import io.github.mediaops.connector.oceanengine.OceanEngineConnector;
import io.github.mediaops.connector.oceanengine.simulator.OceanEngineSimulator;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tencentads.TencentAdsConnector;
import io.github.mediaops.connector.tencentads.simulator.TencentAdsSimulator;
import io.github.mediaops.connector.trello.TrelloCardRequest;
import io.github.mediaops.connector.trello.TrelloConnector;
import io.github.mediaops.connector.trello.simulator.TrelloSimulator;
import io.github.mediaops.connector.wecom.ContactWay;
import io.github.mediaops.connector.wecom.ContactWayRequest;
import io.github.mediaops.connector.wecom.WeComConnector;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.campaign.Campaign;
import io.github.mediaops.core.campaign.CampaignType;
import io.github.mediaops.core.compliance.ComplianceChecker;
import io.github.mediaops.core.compliance.Disclosure;
import io.github.mediaops.core.compliance.Finding;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.content.ContentItem;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.metrics.AdPerformance;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.rules.ContentValidator;
import io.github.mediaops.core.rules.RuleBook;
import io.github.mediaops.core.rules.ValidationReport;
import io.github.mediaops.core.rules.Violation;
import io.github.mediaops.examples.week.PlatformPulls.Pull;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An operations week, end to end, on the local simulators: on Monday morning the team pulls last week's numbers
 * from every platform, rolls them into KPIs per platform and per campaign against the campaigns' goals, sees which
 * A/B tests are ready to call, checks next week's plan against the platforms' rules and the Advertising Law, and
 * writes the weekly review (周报) as an HTML page and Markdown, in Chinese, then posts it to the team's Feishu group
 * and opens a Trello card for each planned post that must be fixed before it goes out.
 *
 * <p>The content platforms (WeChat, Douyin, Kuaishou, Bilibili, Weibo, TikTok, YouTube), WeChat Channels' shop, Google
 * Analytics 4, WeCom's lead
 * capture, the three ad platforms, Feishu and Trello are each used through their connector from their simulator; nothing needs
 * credentials or the network. Progress is printed as each step runs.
 */
public final class WeeklyReview {
    /** Monday 30 November 2026, 10:00 in Beijing: the review meeting. */
    public static final Instant REVIEW_TIME = Instant.parse("2026-11-30T02:00:00Z");
    /** ISO week 48 of 2026, Monday to Sunday, in Beijing time. */
    public static final DateRange WEEK = DateRange.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29));
    /**
     * The going-abroad week in Pacific time, where YouTube reports: on Monday 10:00 in Beijing it is still Sunday
     * afternoon in California, so the last finished seven days run Sunday to Saturday.
     */
    public static final DateRange GLOBAL_WEEK = DateRange.of(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 28));

    private static final String WINTER = "冬季新品上市";
    private static final String DOUBLE12 = "双12预热";
    private static final String GLOBAL = "Global winter drop";

    private WeeklyReview() {
    }

    /** Runs the week on its own, writing the report under {@code target/mediaops-report}. */
    public static void main(String[] args) {
        run(System.out, Path.of("target", "mediaops-report"));
    }

    /**
     * What the week came to.
     *
     * @param byPlatform   the week's summed daily snapshots per platform, by the platform's name
     * @param campaigns    each campaign's goals against its results
     * @param readyToCall  the A/B tests that can be called
     * @param planProblems rule violations and Advertising Law findings in next week's plan
     * @param html         the report
     */
    public record Result(Map<String, MetricTotals> byPlatform, List<CampaignPostMortem> campaigns, List<String> readyToCall,
                         int planProblems, Path html) {
    }

    /**
     * Runs the week and writes {@code weekly-review.html} and {@code weekly-review.md} into {@code reportDir}.
     *
     * @param out       where progress and results are printed
     * @param reportDir where the report is written
     * @return the week's results
     */
    public static Result run(PrintStream out, Path reportDir) {
        long started = System.nanoTime();
        Clock clock = Clock.fixed(REVIEW_TIME, ZoneOffset.UTC);
        Progress progress = new Progress(out, 7);

        progress.step("Pulling last week's metrics (" + WEEK + ") from each platform's connector");
        List<Function<Clock, Pull>> sources = List.of(c -> PlatformPulls.wechat(c, WEEK), c -> PlatformPulls.douyin(c, WEEK),
                c -> PlatformPulls.kuaishou(c, WEEK), c -> PlatformPulls.bilibili(c, WEEK), c -> PlatformPulls.weibo(c, WEEK),
                c -> PlatformPulls.tiktok(c, GLOBAL_WEEK), c -> PlatformPulls.youtube(c, GLOBAL_WEEK));
        List<Pull> pulls = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Pull p = sources.get(i).apply(clock);
            pulls.add(p);
            progress.item(i + 1, sources.size(), p.name() + ": " + p.detail());
        }

        progress.step("Shop orders, leads, ad spend and web traffic");
        Money shopRevenue = channelsRevenue(out);
        Map<String, List<LeadEvent>> leads = wecomLeads(out);
        Money winterSpend = oceanEngineSpend(clock, out);
        Money double12Spend = tencentAdsSpend(clock, out).plus(juguangSpend(clock, out));
        Money webRevenue = ga4Revenue(clock, out);

        progress.step("KPIs per platform and per campaign");
        Map<String, MetricTotals> byPlatform = new LinkedHashMap<>();
        pulls.forEach(p -> byPlatform.put(p.name(), MetricTotals.of(Corrections.latest(p.content()))));
        out.printf(Locale.ROOT, "  %-24s %8s %8s %9s %9s  %s%n", "platform", "views", "actions", "per view", "followers",
                "actions it reports");
        for (Pull p : pulls) {
            MetricTotals t = byPlatform.get(p.name());
            Set<Metric> actions = reportedActions(t);
            Optional<Ratio> er = actions.isEmpty() ? Optional.empty()
                    : ContentKpis.of(t).engagementRate(actions, Denominator.VIEWS);
            out.printf(Locale.ROOT, "  %-24s %8s %8s %9s %9s  %s%n", p.name(),
                    t.count(Metric.VIEWS).isPresent() ? String.valueOf(t.count(Metric.VIEWS).getAsLong()) : "-",
                    actions.stream().mapToLong(a -> t.count(a).getAsLong()).sum(),
                    er.map(r -> String.format(Locale.ROOT, "%.2f%%", 100 * r.value())).orElse("-"),
                    p.followers().net().isPresent() ? String.format(Locale.ROOT, "%+d", p.followers().net().getAsLong()) : "-",
                    actions.stream().map(m -> m.name().toLowerCase(Locale.ROOT)).sorted().toList());
        }
        List<CampaignPostMortem> campaigns = List.of(
                postMortem(winterLaunch(winterSpend), PlatformPulls.SHANGHAI, pulls, leads.get(WINTER), shopRevenue),
                postMortem(double12Warmup(double12Spend), PlatformPulls.SHANGHAI, pulls, leads.get(DOUBLE12), null),
                postMortem(globalWinter(), PlatformPulls.PACIFIC, pulls, List.of(), webRevenue));
        for (CampaignPostMortem pm : campaigns) {
            out.println("  campaign " + pm.campaign().name() + ": spend " + pm.spend().spent() + " of " + pm.spend().budget()
                    + ", leads " + pm.leads() + ", goals met " + pm.goals(GoalResult.Status.MET).size() + " of "
                    + pm.goals().size());
            for (GoalResult g : pm.goals()) {
                out.printf(Locale.ROOT, "    %-22s target %-10s actual %-12s %s%n", g.kpi().id(), fmt(g.goal().target()),
                        g.actual().map(a -> fmt(a.value())).orElse("-"), g.status() + g.reason().map(r -> " (" + r + ")").orElse(""));
            }
        }

        progress.step("A/B tests: which are ready to call");
        List<String> ready = new ArrayList<>();
        Map<String, Decision> tests = abTests();
        tests.forEach((name, d) -> {
            boolean call = readyToCall(d);
            if (call) {
                ready.add(name);
            }
            out.println("  " + (call ? "READY  " : "running") + " " + name + ": " + d.summary());
        });

        progress.step("Next week's plan against platform rules and the Advertising Law");
        Map<String, List<String>> planProblems = checkPlan(out);
        int problems = planProblems.values().stream().mapToInt(List::size).sum();

        progress.step("Writing the weekly review");
        Report report = report(pulls, byPlatform, campaigns, tests, problems);
        Path html = write(reportDir, report);
        out.println("  weekly review written to " + html.toAbsolutePath().normalize());

        progress.step("Sharing it with the team");
        share(out, report.summary(), planProblems);
        out.printf(Locale.ROOT, "  the week took %.1f s%n", (System.nanoTime() - started) / 1e9);
        return new Result(byPlatform, campaigns, ready, problems, html);
    }

    /** The standard engagement actions that every snapshot in {@code t} reported (platforms report different ones). */
    static Set<Metric> reportedActions(MetricTotals t) {
        Set<Metric> out = EnumSet.noneOf(Metric.class);
        for (Metric m : ContentKpis.STANDARD_ACTIONS) {
            if (t.reportedBy(m) == t.snapshots()) {
                out.add(m);
            }
        }
        return out;
    }

    static Campaign winterLaunch(Money spend) {
        return Campaign.builder("winter-launch", WINTER, CampaignType.LAUNCH_WARM_UP).period(WEEK)
                .channel(Platform.WECHAT_OFFICIAL_ACCOUNT).channel(Platform.DOUYIN).channel(Platform.KUAISHOU)
                .channel(Platform.BILIBILI).channel(Platform.WECHAT_CHANNELS)
                .budget(Money.cny("12000")).spend(spend)
                .goal(new KpiTarget("views", 250_000, WEEK))
                .goal(new KpiTarget("follower_growth", 500, WEEK))
                .goal(new KpiTarget("gmv", 10_000, WEEK))
                .goal(new KpiTarget("private_traffic_leads", 3, WEEK))
                .goal(new KpiTarget("roas", 2.0, WEEK))
                .build();
    }

    static Campaign double12Warmup(Money spend) {
        return Campaign.builder("double12-warmup", DOUBLE12, CampaignType.TOPIC_INTERACTION).period(WEEK)
                .channel(Platform.WEIBO)
                .budget(Money.cny("5000")).spend(spend)
                .goal(new KpiTarget("engagement_rate", 0.05, WEEK))
                .goal(new KpiTarget("private_traffic_leads", 2, WEEK))
                .build();
    }

    /** Going abroad: TikTok and YouTube, a creator's fee in US dollars, revenue from the web shop as GA4 sees it. */
    static Campaign globalWinter() {
        return Campaign.builder("global-winter", GLOBAL, CampaignType.LAUNCH_WARM_UP).period(GLOBAL_WEEK)
                .channel(Platform.TIKTOK).channel(Platform.YOUTUBE)
                .budget(Money.of("1500", "USD")).spend(Money.of("600", "USD"))
                .goal(new KpiTarget("views", 80_000, GLOBAL_WEEK))
                .goal(new KpiTarget("gmv", 300, GLOBAL_WEEK))
                .goal(new KpiTarget("roas", 2.0, GLOBAL_WEEK))
                .build();
    }

    /** The campaign's post-mortem in {@code zone}, the reporting zone of the platforms it ran on. */
    private static CampaignPostMortem postMortem(Campaign campaign, ZoneId zone, List<Pull> pulls, List<LeadEvent> leads,
                                                 Money revenue) {
        CampaignPostMortem.Builder b = CampaignPostMortem.builder(campaign, zone);
        for (Pull p : pulls) {
            if (campaign.channels().contains(p.platform())) {
                b.content(p.content()).audience(p.audience());
            }
        }
        b.leads(leads == null ? List.of() : leads);
        if (revenue != null) {
            b.revenue(revenue);
        }
        return b.build();
    }

    /** The Weixin Store's orders of the week, read from WeChat Channels (amounts in fen on the wire). */
    private static Money channelsRevenue(PrintStream out) {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-27T12:00:00Z")); // Friday evening's live stream
        try (ChannelsSimulator sim = new ChannelsSimulator(clock);
             ChannelsConnector channels = ChannelsConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("appId", ChannelsSimulator.APP_ID)
                             .secret("appSecret", ChannelsSimulator.APP_SECRET).build())
                     .baseUrl(sim.baseUrl()).clock(clock).build()).build()) {
            for (int i = 0; i < 12; i++) {
                sim.placeOrder("冬季羊毛大衣", 1, 89_900, 0);
                clock.advance(Duration.ofMinutes(4));
            }
            clock.advance(Duration.between(clock.instant(), REVIEW_TIME));
            List<ChannelsOrder> orders = channels.orders(WEEK);
            Money total = orders.stream().map(ChannelsOrder::orderPrice).reduce(Money.cny("0"), Money::plus);
            out.println("  WeChat Channels store: " + orders.size() + " orders in the week, " + total);
            return total;
        }
    }

    /** Leads from WeCom 「联系我」 contact ways, one per campaign, credited to the campaign by the way's state. */
    private static Map<String, List<LeadEvent>> wecomLeads(PrintStream out) {
        AccountRef brand = AccountRef.of(Platform.WECOM, "brand");
        Touchpoint winter = new Touchpoint(WINTER, "douyin-winter-coat", brand, TrackingChannel.WECOM_CONTACT_STATE);
        Touchpoint double12 = new Touchpoint(DOUBLE12, "weibo-double12-teaser", brand, TrackingChannel.WECOM_CONTACT_STATE);
        LeadAttribution attribution = LeadAttribution.of(List.of(winter, double12));
        Map<String, List<LeadEvent>> byCampaign = new LinkedHashMap<>();
        ManualClock clock = new ManualClock(Instant.parse("2026-11-24T06:00:00Z"));
        try (WeComSimulator sim = new WeComSimulator(clock);
             WeComConnector wecom = WeComConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("corpId", WeComSimulator.CORP_ID)
                             .secret("corpSecret", WeComSimulator.CORP_SECRET).secret("token", WeComSimulator.CALLBACK_TOKEN)
                             .secret("encodingAesKey", WeComSimulator.ENCODING_AES_KEY).build())
                     .baseUrl(sim.baseUrl()).clock(clock).build()).build()) {
            int reader = 0;
            for (Map.Entry<Touchpoint, Integer> e : List.of(Map.entry(winter, 4), Map.entry(double12, 1))) {
                ContactWay way = wecom.leadCapture().createContactWay(
                        ContactWayRequest.builder(TrackingCodes.code(e.getKey()), "zhangsan").build());
                for (int i = 0; i < e.getValue(); i++) {
                    String id = String.format(Locale.ROOT, "wmWeekReader%04d", ++reader);
                    clock.advance(Duration.ofHours(9));
                    for (WebhookEvent ev : wecom.webhooks().handle(sim.customerAdds(way.configId(), id, id)).events()) {
                        if (ev instanceof WebhookEvent.LeadReceived lead) {
                            String campaign = attribution.touchpointOf(lead.lead()).map(Touchpoint::campaignId).orElse("?");
                            byCampaign.computeIfAbsent(campaign, k -> new ArrayList<>()).add(lead.lead());
                        }
                    }
                }
            }
        }
        out.println("  WeCom: leads by campaign " + byCampaign.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().size()).toList());
        return byCampaign;
    }

    private static Money oceanEngineSpend(Clock clock, PrintStream out) {
        String advertiser = "1760312309087432";
        try (OceanEngineSimulator oe = OceanEngineSimulator.builder().clock(clock).build()) {
            oe.simulateHill(advertiser, "7300000000000000001", "7300000000000000101", WEEK.start(), 7, 300, 1.2, 900, 200, 2000, 7);
            try (OceanEngineConnector connector = OceanEngineConnector.builder(PlatformPulls.config(oe.baseUrl(), "appId",
                    oe.appId(), "secret", oe.secret(), clock)).build()) {
                connector.authorize(oe.authorizationCode(advertiser));
                return spend("Ocean Engine (Douyin feed ads)",
                        connector.adReports().adPerformance(AccountRef.of(Platform.OCEAN_ENGINE, advertiser), WEEK), out);
            }
        }
    }

    private static Money tencentAdsSpend(Clock clock, PrintStream out) {
        String account = "25610";
        try (TencentAdsSimulator tq = TencentAdsSimulator.builder().clock(clock).build()) {
            tq.simulateHill(account, "40000001", WEEK.start(), 7, 200, 0.9, 700, 100, 600, 11);
            try (TencentAdsConnector connector = TencentAdsConnector.builder(PlatformPulls.config(tq.baseUrl(), "clientId",
                    tq.clientId(), "clientSecret", tq.clientSecret(), clock)).build()) {
                connector.authorize(tq.authorizationCode(account));
                return spend("Tencent Ads (Moments ads for 双12)",
                        connector.adReports().adPerformance(AccountRef.of(Platform.TENCENT_ADS, account), WEEK), out);
            }
        }
    }

    /** Xiaohongshu's 聚光 ads for the 双12 warm-up notes: one creative's daily report (fee in yuan on the wire). */
    private static Money juguangSpend(Clock clock, PrintStream out) {
        String advertiser = "4700000001";
        try (JuguangSimulator sim = JuguangSimulator.builder().clock(clock).build()) {
            for (LocalDate d = WEEK.start(); !d.isAfter(WEEK.end()); d = d.plusDays(1)) {
                sim.put(advertiser, new JuguangSimulator.CreativeRow(d, "1201", "1202", "1203",
                        "6747a1b2000000000b00c3d4", new BigDecimal("180.50"), Map.of("impression", 21_000L, "click", 640L)));
            }
            try (JuguangConnector connector = JuguangConnector.builder(PlatformPulls.config(sim.baseUrl(), "appId",
                    sim.appId(), "secret", sim.secret(), clock)).build()) {
                connector.authorize(sim.authorizationCode(advertiser));
                return spend("Juguang 聚光 (Xiaohongshu ads for 双12)",
                        connector.adReports().adPerformance(AccountRef.of(Platform.XIAOHONGSHU, advertiser), WEEK), out);
            }
        }
    }

    private static Money spend(String name, List<AdPerformance> rows, PrintStream out) {
        Money total = rows.stream().map(AdPerformance::spend).reduce(Money.cny("0"), Money::plus);
        out.println("  " + name + ": " + rows.size() + " daily rows, spend " + total);
        return total;
    }

    /**
     * The web shop's side of the going-abroad campaign, from Google Analytics 4: visitors arrive through the UTM-tagged
     * links in the TikTok and YouTube posts, and orders closed later in chat are sent back through the Measurement
     * Protocol (back-dated, within GA4's 72 hours); {@code runReport} by campaign gives sessions, key events and revenue.
     */
    private static Money ga4Revenue(Clock clock, PrintStream out) {
        try (Ga4Simulator sim = new Ga4Simulator(clock, PlatformPulls.PACIFIC, "USD");
             Ga4Connector ga4 = Ga4Connector.builder(ConnectorConfig.builder().baseUrl(sim.baseUrl()).clock(clock)
                     .credentials(Credentials.builder().identifier("propertyId", Ga4Simulator.PROPERTY_ID)
                             .secret("serviceAccountJson", sim.serviceAccountJson())
                             .identifier("measurementId", Ga4Simulator.MEASUREMENT_ID)
                             .secret("apiSecret", Ga4Simulator.API_SECRET).build()).build()).build()) {
            int visitor = 0;
            for (LocalDate d = GLOBAL_WEEK.start(); !d.isAfter(GLOBAL_WEEK.end()); d = d.plusDays(1)) {
                for (String source : List.of("tiktok", "tiktok", "tiktok", "youtube", "youtube")) {
                    String clientId = "GA1.1." + (++visitor) + ".1764000000";
                    sim.visit(UtmLinks.tag("https://shop.example.com/winter", UtmParams.builder().source(source)
                            .medium("social").campaign("global-winter").build(), null), clientId, d);
                    if (visitor % 3 == 0 && !d.isBefore(GLOBAL_WEEK.end().minusDays(1))) {
                        ga4.sendEvents(Ga4EventBatch.of(clientId, "chat-order-" + visitor,
                                Ga4Event.purchase("CHAT-" + visitor, Money.of("129", "USD")))
                                .at(d.atTime(21, 0).atZone(PlatformPulls.PACIFIC).toInstant()));
                    }
                }
            }
            List<CampaignTraffic> rows = ga4.campaignTraffic(GLOBAL_WEEK, "global-winter");
            Money revenue = rows.stream().flatMap(r -> r.revenue().stream()).reduce(Money.of("0", "USD"), Money::plus);
            out.println("  GA4 (campaign global-winter): " + rows.stream().mapToLong(CampaignTraffic::sessions).sum()
                    + " sessions, " + rows.stream().mapToLong(CampaignTraffic::keyEvents).sum() + " key events, revenue "
                    + revenue + " from " + rows.size() + " source/medium/day rows");
            return revenue;
        }
    }

    /**
     * A test can be called when its result is valid and its planned sample is in (or it was stopped early on a
     * boundary designed for it): neither too early nor underpowered.
     */
    static boolean readyToCall(Decision d) {
        return d.verdict() != Decision.Verdict.INVALID && !d.reasons().contains(Decision.Reason.TOO_EARLY)
                && !d.reasons().contains(Decision.Reason.UNDERPOWERED);
    }

    /** Three running tests with this week's counts; a test is ready when its planned sample is in. */
    private static Map<String, Decision> abTests() {
        Map<String, Decision> out = new LinkedHashMap<>();
        out.put("WeChat title: question vs. statement", decide(20_000, 20_000, 1_000, 1_150, "click-through rate"));
        out.put("Douyin cover: face vs. product", decide(30_000, 30_000, 2_400, 2_430, "completion rate"));
        out.put("Xiaohongshu first image: flat-lay vs. on-body", decide(10_000, 4_100, 330, 372, "save rate"));
        return out;
    }

    private static Decision decide(long planned, long observed, long controlHits, long treatmentHits, String metric) {
        TestResult r = FrequentistTests.proportions(Arms.control(SufficientStats.ofProportion(observed, controlHits))
                .treatment(SufficientStats.ofProportion(observed, treatmentHits)), TestOptions.defaults());
        return Decision.builder(r).plannedPerArm(planned).observedPerArm(observed).metricName(metric).build();
    }

    /** Next week's posts, each validated for its platform and checked for Advertising Law findings: problems per post. */
    private static Map<String, List<String>> checkPlan(PrintStream out) {
        RuleBook rules = RuleBook.bundled();
        ContentValidator validator = ContentValidator.of(rules);
        ComplianceChecker checker = ComplianceChecker.withBundledDictionary();
        Instant drafted = REVIEW_TIME;
        Map<ContentItem, Platform> plan = new LinkedHashMap<>();
        plan.put(ContentItem.builder("w49-weibo", ContentKind.MICROBLOG_POST).created("lin", drafted)
                .body("#双12# 倒计时3天！全网最低价，转发抽三位送大衣").build(), Platform.WEIBO);
        plan.put(ContentItem.builder("w49-wechat", ContentKind.ARTICLE).created("lin", drafted)
                .title("冬天穿什么大衣不显胖？三种身材的选法")
                .body("按肩宽、身高和通勤方式，给出三种选法和面料建议。").build(), Platform.WECHAT_OFFICIAL_ACCOUNT);
        plan.put(ContentItem.builder("w49-xhs", ContentKind.IMAGE_TEXT_NOTE).created("lin", drafted)
                .title("这款面霜7天淡斑祛痘").body("医生推荐，比玻尿酸更有效，冬天干皮闭眼入").build(), Platform.XIAOHONGSHU);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (Map.Entry<ContentItem, Platform> e : plan.entrySet()) {
            ValidationReport report = validator.validate(e.getKey(), e.getValue());
            List<String> found = new ArrayList<>();
            for (Violation v : report.violations()) {
                found.add("rule: " + v.message());
            }
            for (Finding f : checker.check(e.getKey(), e.getValue(), Disclosure.none()).findings()) {
                found.add(f.verdict() + " " + f.category() + " \"" + f.matched() + "\" (" + f.basis() + ")");
            }
            problems.put(e.getKey().id(), found);
            out.println("  " + e.getKey().id() + " (" + e.getValue().id() + "): "
                    + (found.isEmpty() ? "ok" : found.size() + " problem(s)"));
            found.forEach(f -> out.println("    " + f));
        }
        return problems;
    }

    /**
     * Shares the review: a card in the team's Feishu group (signed custom bot) and, for each planned post with
     * problems, a Trello card with one checklist item per problem, both on their local simulators.
     */
    private static void share(PrintStream out, String summary, Map<String, List<String>> problems) {
        String signing = "week-review-signing-secret";
        try (FeishuBotSimulator bot = new FeishuBotSimulator(FeishuBotSimulator.HOOK_TOKEN, signing, Clock.systemUTC());
             FeishuConnector feishu = FeishuConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("bot", "ops-team")
                             .secret("hookToken", FeishuBotSimulator.HOOK_TOKEN).secret("signingSecret", signing).build())
                     .baseUrl(bot.baseUrl()).build()).build()) {
            feishu.send(FeishuMessage.card("第48周运营周报", summary, "green"), "weekly-review:2026-W48");
            out.println("  Feishu: review card delivered to the team group (" + bot.delivered().size() + " signed message)");
        }
        try (TrelloSimulator board = new TrelloSimulator();
             TrelloConnector trello = TrelloConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("workspace", "ops-team")
                             .secret("apiKey", TrelloSimulator.API_KEY).secret("token", TrelloSimulator.TOKEN).build())
                     .baseUrl(board.baseUrl()).build()).build()) {
            int cards = 0;
            for (Map.Entry<String, List<String>> e : problems.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    trello.createCard(TrelloCardRequest.of(TrelloSimulator.LISTS.get("Planned"), "发布前修改: " + e.getKey(),
                            "周报检查发现 " + e.getValue().size() + " 处问题").withChecklist("问题", e.getValue()),
                            "weekly-review:2026-W48:" + e.getKey());
                    cards++;
                }
            }
            out.println("  Trello: " + cards + " cards \"发布前修改\" with a checklist of the problems, "
                    + board.cards().stream().mapToInt(c -> c.at("/badges/checkItems").asInt()).sum() + " items");
        }
    }

    private static Report report(List<Pull> pulls, Map<String, MetricTotals> byPlatform, List<CampaignPostMortem> campaigns,
                                 Map<String, Decision> tests, int planProblems) {
        CampaignPostMortem main = campaigns.get(0);
        long views = byPlatform.values().stream().mapToLong(t -> t.count(Metric.VIEWS).orElse(0)).sum();
        Report.Builder report = Report.builder("第48周运营周报", WEEK)
                .summary(String.format(Locale.ROOT, "七个内容平台共 %,d 次播放/阅读；%s 花费 %s，线索 %d 条；%d 个实验可以下结论；下周计划有 %d 处待改。",
                        views, main.campaign().name(), main.spend().spent(), main.leads(),
                        (int) tests.values().stream().filter(WeeklyReview::readyToCall).count(),
                        planProblems))
                .goals(main.goals());
        List<String> names = pulls.stream().map(Pull::name).toList();
        List<Double> viewsPer = pulls.stream().map(p -> (double) byPlatform.get(p.name()).count(Metric.VIEWS).orElse(0)).toList();
        List<Double> erPer = new ArrayList<>();
        for (Pull p : pulls) {
            MetricTotals t = byPlatform.get(p.name());
            Set<Metric> actions = reportedActions(t);
            erPer.add(actions.isEmpty() ? 0.0 : ContentKpis.of(t).engagementRate(actions, Denominator.VIEWS)
                    .map(r -> 100 * r.value()).orElse(0.0));
        }
        report.section("各平台表现", List.of("播放/阅读与互动率按平台汇总；互动只计各平台每天都报告的动作。快手、B站、微博只报告累计数，已按上周一的读数折算为每日；微博不报告阅读数（图中为 0）。TikTok、YouTube 按太平洋时间 11月22日至28日统计。"),
                new Chart.Bars("播放/阅读", names, Map.of("本周", viewsPer), Chart.Axis.labelled("次")),
                new Chart.Bars("互动率", names, Map.of("本周", erPer), Chart.Axis.labelled("%")));
        for (CampaignPostMortem pm : campaigns.subList(1, campaigns.size())) {
            List<String> lines = new ArrayList<>();
            for (GoalResult g : pm.goals()) {
                lines.add(g.kpi().id() + "：目标 " + fmt(g.goal().target()) + "，实际 "
                        + g.actual().map(a -> fmt(a.value())).orElse("未测量") + "（" + g.status() + "）");
            }
            report.section(pm.campaign().name(), lines);
        }
        tests.forEach((name, d) -> report.lesson(name + "：" + d.summary()));
        report.nextAction("下周计划中 " + planProblems + " 处规则或广告法问题，发布前修改。");
        return report.build();
    }

    private static Path write(Path dir, Report built) {
        ReportOptions zh = ReportOptions.of(Locale.SIMPLIFIED_CHINESE);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("weekly-review.md"), MarkdownRenderer.render(built, zh), StandardCharsets.UTF_8);
            return Files.writeString(dir.resolve("weekly-review.html"), HtmlRenderer.render(built, zh), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }

    /** Progress lines: {@code [2/6] step} and {@code   [#####-----] 3/5 item}. */
    private static final class Progress {
        private final PrintStream out;
        private final int steps;
        private int step;

        Progress(PrintStream out, int steps) {
            this.out = out;
            this.steps = steps;
        }

        void step(String title) {
            out.println("[" + (++step) + "/" + steps + "] " + title);
        }

        void item(int done, int of, String what) {
            int filled = done * 10 / of;
            out.println("  [" + "#".repeat(filled) + "-".repeat(10 - filled) + "] " + done + "/" + of + " " + what);
        }
    }
}
