package io.github.mediaops.examples.tour;

import io.github.mediaops.analytics.growth.budget.Adstock;
import io.github.mediaops.analytics.growth.budget.BudgetAllocation;
import io.github.mediaops.analytics.growth.budget.BudgetAllocator;
import io.github.mediaops.analytics.growth.budget.Channel;
import io.github.mediaops.analytics.growth.budget.ChannelAllocation;
import io.github.mediaops.analytics.growth.budget.CurveFit;
import io.github.mediaops.analytics.growth.budget.CurveFitter;
import io.github.mediaops.analytics.growth.budget.EfficiencyPlan;
import io.github.mediaops.analytics.growth.budget.EfficiencyTarget;
import io.github.mediaops.analytics.growth.budget.HillCurve;
import io.github.mediaops.analytics.growth.budget.SpendGroup;
import io.github.mediaops.analytics.growth.budget.SpendHistory;
import io.github.mediaops.analytics.growth.competitor.Benchmark;
import io.github.mediaops.analytics.growth.competitor.PublicPost;
import io.github.mediaops.analytics.growth.competitor.TrackedAccount;
import io.github.mediaops.analytics.growth.health.HealthScore;
import io.github.mediaops.analytics.growth.health.HealthSignals;
import io.github.mediaops.analytics.growth.kol.AuthenticityCheck;
import io.github.mediaops.analytics.growth.kol.AccountActivity;
import io.github.mediaops.analytics.growth.kol.InfluenceIndex;
import io.github.mediaops.analytics.growth.kol.KolEvaluator;
import io.github.mediaops.analytics.growth.kol.KolReport;
import io.github.mediaops.analytics.growth.kol.KolStats;
import io.github.mediaops.analytics.growth.monitor.Alert;
import io.github.mediaops.analytics.growth.monitor.CrisisMonitor;
import io.github.mediaops.analytics.growth.monitor.HourOfWeekBaseline;
import io.github.mediaops.analytics.growth.monitor.HourlyCount;
import io.github.mediaops.analytics.growth.monitor.MonitorConfig;
import io.github.mediaops.analytics.growth.sentiment.LexiconSentimentScorer;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.connector.feishu.FeishuConnector;
import io.github.mediaops.connector.feishu.simulator.FeishuBotSimulator;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.content.ContentKind;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.platform.VerificationState;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Growth, paid promotion and risk engines end to end on embedded data: budget allocation, crisis
 * monitoring with sentiment, KOL evaluation, account health and competitor benchmarking.
 */
public final class GrowthTour {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private GrowthTour() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    public static void run(PrintStream out) {
        out.println("== Growth: budget allocation, crisis monitoring, KOLs, health, competitors ==");
        budget(out);
        crisis(out);
        kol(out);
        health(out);
        competitors(out);
    }

    private static void budget(PrintStream out) {
        out.println("-- Budget allocation --");
        out.println("Robyn geometric adstock of five 100s, theta 0.5: "
                + Arrays.toString(Adstock.geometric(new double[] {100, 100, 100, 100, 100}, 0.5)));
        // fit a curve to twelve weeks of DOU+ history (spend per week, orders per week)
        double[] spend = {800, 1500, 2200, 3000, 3800, 4500, 5200, 6000, 7000, 8000, 9000, 10000};
        double[] orders = {31, 75, 118, 160, 196, 222, 246, 268, 288, 305, 318, 330};
        CurveFit fit = CurveFitter.fitHill(SpendHistory.spend(spend).outcome(orders));
        out.printf(Locale.ROOT, "DOU+ curve fitted: beta %.1f, alpha %.2f, K %.0f CNY, R^2 %.4f%n",
                fit.curve().beta(), fit.curve().alpha(), fit.curve().halfSaturation(), fit.rSquared());
        List<Channel> channels = List.of(
                Channel.upTo("dou+", fit.curve(), Money.cny("20000")),
                new Channel("feed-ads", HillCurve.builder().saturation(600).shape(1.0).halfSaturation(9000).build(), Money.cny("1000"), Money.cny("30000")),
                Channel.locked("kol", HillCurve.builder().saturation(500).shape(2.2).halfSaturation(12000).build(), Money.cny("6000")),
                Channel.upTo("search-ads", HillCurve.builder().saturation(250).shape(0.8).halfSaturation(5000).build(), Money.cny("15000")));
        BudgetAllocation a = BudgetAllocator.maximiseResponse(Money.cny("25000"), channels);
        for (ChannelAllocation c : a.channels()) {
            out.printf(Locale.ROOT, "  %-10s %10s  orders %6.1f  marginal orders/CNY %.4f  %s%n", c.channel(),
                    c.spend().rounded(), c.response(), c.marginalRoi(), c.position());
        }
        out.printf(Locale.ROOT, "  total orders %.1f for %s (certified optimal: no split returns more than %.1f)%n",
                a.totalResponse(), a.spent().rounded(), a.responseUpperBound());
        EfficiencyPlan plan = BudgetAllocator.atTarget(EfficiencyTarget.cpa(Money.cny("45")), channels);
        out.println("  target CPA 45 CNY: " + plan.explanation() + plan.allocation()
                .map(x -> String.format(Locale.ROOT, " -> spend %s, orders %.1f", x.spent().rounded(), x.totalResponse())).orElse(""));
        EfficiencyPlan impossible = BudgetAllocator.atTarget(EfficiencyTarget.cpa(Money.cny("5")), channels);
        out.println("  target CPA 5 CNY: feasible=" + impossible.feasible() + " (" + impossible.explanation() + ")");
        // feed and search ads at most 35 % of the budget: the cap moves money to DOU+
        BudgetAllocation capped = BudgetAllocator.maximiseResponse(Money.cny("25000"), channels,
                List.of(SpendGroup.atMostShare("ads", Set.of("feed-ads", "search-ads"), 0.35)));
        out.printf(Locale.ROOT, "  feed + search ads <= 35 %%: feed-ads %s + search-ads %s, total orders %.1f (gap %.1e)%n",
                capped.channel("feed-ads").spend().rounded(), capped.channel("search-ads").spend().rounded(),
                capped.totalResponse(), capped.optimalityGap());
        EfficiencyPlan mroi = BudgetAllocator.atTarget(EfficiencyTarget.marginalRoi(0.02), channels);
        out.printf(Locale.ROOT, "  fund until marginal orders/CNY fall to 0.02: budget %s, orders %.1f%n",
                mroi.allocation().orElseThrow().budget().rounded(), mroi.allocation().orElseThrow().totalResponse());
    }

    private static void crisis(PrintStream out) {
        out.println("-- Crisis monitoring --");
        LexiconSentimentScorer scorer = LexiconSentimentScorer.builtIn();
        for (String c : List.of("质量太差了，要求退款😡", "发货很快，好评👍", "东西收到了")) {
            out.printf(Locale.ROOT, "  sentiment %+.3f  %s%n", scorer.score(c), c);
        }
        SplittableRandom r = new SplittableRandom(8);
        Instant monday = Instant.parse("2026-01-04T16:00:00Z");
        List<HourlyCount> history = new ArrayList<>();
        for (int i = 0; i < 4 * 168; i++) {
            long total = 60 + (i % 24 >= 12 ? 60 : 0) + r.nextInt(20);
            history.add(new HourlyCount(monday.plus(Duration.ofHours(i)), total, total / 12 + r.nextInt(3)));
        }
        HourOfWeekBaseline baseline = HourOfWeekBaseline.learn(history, SHANGHAI, 2);
        List<HourlyCount> today = new ArrayList<>();
        Instant start = monday.plus(Duration.ofDays(28));
        for (int h = 0; h < 24; h++) {
            long total = 60 + (h >= 12 ? 60 : 0) + r.nextInt(20);
            long neg = h >= 14 && h < 18 ? total * 2 / 5 : total / 12 + r.nextInt(3); // a complaint goes viral at 14:00
            today.add(new HourlyCount(start.plus(Duration.ofHours(h)), total, neg));
        }
        CrisisMonitor monitor = new CrisisMonitor("brand-x", baseline, MonitorConfig.defaults());
        List<Alert> alerts = monitor.evaluate(today).alerts();
        for (Alert a : alerts) {
            out.println("  ALERT " + a.summary());
        }
        if (!alerts.isEmpty()) {
            Notification n = alerts.get(0).toNotification("feishu-crisis-bot");
            // any NOTIFICATIONS connector takes it as is; here a Feishu custom bot on its local simulator
            try (FeishuBotSimulator bot = new FeishuBotSimulator();
                 PlatformConnector feishu = FeishuConnector.builder(ConnectorConfig.builder()
                         .credentials(Credentials.builder().identifier("bot", "feishu-crisis-bot")
                                 .secret("hookToken", FeishuBotSimulator.HOOK_TOKEN).build())
                         .baseUrl(bot.baseUrl()).build()).build()) {
                feishu.notifications().send(n);
                feishu.notifications().send(n); // the monitor re-evaluates: same alert, same key, one card
                out.println("  sent to Feishu as " + bot.delivered().size() + " card: \""
                        + bot.delivered().get(0).at("/card/header/title/content").asText() + "\" key " + n.idempotencyKey());
            }
        }
    }

    private static void kol(PrintStream out) {
        out.println("-- KOL evaluation --");
        KolStats s = KolStats.builder(Platform.XIAOHONGSHU, Money.cny("18000"), 260_000)
                .impressions(900_000).views(310_000).likes(21_000).comments(1_800).shares(900).saves(6_300).followersGained(1_200).build();
        KolReport r = KolEvaluator.defaults().evaluate(s);
        out.printf(Locale.ROOT, "  CPM %s, CPE %s, CPV %s, cost/follower %s, engagement rate %.2f%% of %s, reach ~%.0f%n",
                r.cpm().orElseThrow(), r.cpe().orElseThrow(), r.cpv().orElseThrow(), r.costPerFollower().orElseThrow(),
                100 * r.engagementRate().getAsDouble(), r.denominator(), r.estimatedReach());
        double wci = InfluenceIndex.wciV2().compute(AccountActivity.builder().days(30).articles(100)
                .reads(10_000).maxReads(300).likes(4_000).maxLikes(60).build()).value();
        out.printf(Locale.ROOT, "  WCI V2.0 on the published example: %.4f (published 411.4875)%n", wci);
        AuthenticityCheck.Report risk = AuthenticityCheck.defaults().assess(AuthenticityCheck.Evidence.builder().followers(260_000).engagements(400).comments(List.of("好看", "好看", "好看", "好看", "链接？", "好看")).dailyFollowerGain(new long[] {80, 95, 70, 9000, 90, 85}).build());
        out.printf(Locale.ROOT, "  authenticity risk %.1f/100%n", risk.riskScore());
        risk.contributions().forEach(c -> out.printf(Locale.ROOT, "    %-20s %5.1f  %s%n", c.signal(), c.contribution(), c.explanation()));
    }

    private static void health(PrintStream out) {
        out.println("-- Account health --");
        HealthScore.Report h = HealthScore.defaults().score(HealthSignals.builder()
                .weeklyPosts(List.of(4L, 3L, 2L, 5L)).weeklyEngagementRates(List.of(0.051, 0.048, 0.050, 0.055))
                .violations(1).takedowns(0).followerQuality(0.93).verification(VerificationState.ENTERPRISE).build());
        out.printf(Locale.ROOT, "  health %.1f/100%n", h.score());
        h.contributions().forEach(c -> out.printf(Locale.ROOT, "    %-17s %5.1f points  %s%n", c.signal(), c.points(), c.explanation()));
    }

    private static void competitors(PrintStream out) {
        out.println("-- Competitor benchmark --");
        Instant t = Instant.parse("2026-03-02T12:00:00Z");
        List<PublicPost> posts = new ArrayList<>();
        String[] accounts = {"us", "rival-a", "rival-b"};
        long[] base = {800, 2500, 400};
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < 6 + 3 * a; i++) {
                posts.add(PublicPost.builder().accountId(accounts[a]).postId(accounts[a] + "-" + i).publishedAt(t.plus(Duration.ofHours(27L * i + 5L * a))).kind(i % 3 == 0 ? ContentKind.SHORT_VIDEO : ContentKind.IMAGE_TEXT_NOTE).engagements(base[a] + 137L * i).topics(i % 2 == 0 ? Set.of("防晒") : Set.of("新品")).build());
            }
        }
        Benchmark b = Benchmark.of(List.of(TrackedAccount.own("us").followersFrom(50_000).to(52_000),
                        TrackedAccount.rival("rival-a").followersFrom(200_000).to(203_000), TrackedAccount.rival("rival-b").followersFrom(20_000).to(21_500)),
                posts, DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), SHANGHAI, Set.of("防晒"), 1);
        b.accounts().forEach(p -> out.printf(Locale.ROOT, "  %-8s %.1f posts/week, mean engagement %.0f, growth %+.1f%%%n",
                p.accountId(), p.postsPerWeek(), p.meanEngagement(), 100 * p.followerGrowthRate()));
        out.printf(Locale.ROOT, "  share of voice on 防晒: %s%n", percentages(b.shareOfVoice().get(0).shareOfPosts(), 100));
        out.printf(Locale.ROOT, "  our percentile among tracked accounts: %s%n", percentages(b.ownPercentiles().get("us"), 100));
    }

    private static String percentages(java.util.Map<String, Double> values, double scale) {
        return new java.util.TreeMap<>(values).entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), scale * e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
