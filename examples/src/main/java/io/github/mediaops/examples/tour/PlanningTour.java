package io.github.mediaops.examples.tour;

import io.github.mediaops.analytics.planning.besttime.BestTimeToPost;
import io.github.mediaops.analytics.planning.besttime.PostOutcome;
import io.github.mediaops.analytics.planning.besttime.Recommendation;
import io.github.mediaops.analytics.planning.checkin.ChallengeReport;
import io.github.mediaops.analytics.planning.checkin.Challenge;
import io.github.mediaops.analytics.planning.checkin.CheckIn;
import io.github.mediaops.analytics.planning.checkin.CheckInChallenges;
import io.github.mediaops.analytics.planning.inbox.InboxItem;
import io.github.mediaops.analytics.planning.inbox.InboxTriage;
import io.github.mediaops.analytics.planning.inbox.ReplyTemplate;
import io.github.mediaops.analytics.planning.inbox.Triage;
import io.github.mediaops.analytics.planning.live.LiveMetrics;
import io.github.mediaops.analytics.planning.live.LiveReview;
import io.github.mediaops.analytics.planning.trends.HotTopicMatcher;
import io.github.mediaops.analytics.planning.trends.TopicSignal;
import io.github.mediaops.core.trend.TrendSnapshot;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.live.LiveAudience;
import io.github.mediaops.core.live.LiveSession;
import io.github.mediaops.core.live.ProductSales;
import io.github.mediaops.core.live.ViewerSample;
import io.github.mediaops.analytics.planning.calendar.Backplanner;
import io.github.mediaops.analytics.planning.calendar.CadenceRule;
import io.github.mediaops.analytics.planning.calendar.ChinaCalendar;
import io.github.mediaops.analytics.planning.calendar.ICalendarExport;
import io.github.mediaops.analytics.planning.calendar.MarketingCalendar;
import io.github.mediaops.analytics.planning.calendar.MarketingDate;
import io.github.mediaops.analytics.planning.calendar.PlanIssue;
import io.github.mediaops.analytics.planning.calendar.PlanValidator;
import io.github.mediaops.analytics.planning.calendar.ProductionTask;
import io.github.mediaops.analytics.planning.calendar.Stage;
import io.github.mediaops.analytics.planning.fission.FissionCost;
import io.github.mediaops.analytics.planning.fission.JoinEvent;
import io.github.mediaops.analytics.planning.fission.ReferralForest;
import io.github.mediaops.analytics.planning.fission.ViralProjection;
import io.github.mediaops.analytics.planning.leads.LeadAttribution;
import io.github.mediaops.analytics.planning.leads.LeadReport;
import io.github.mediaops.analytics.planning.leads.TrackingCodes;
import io.github.mediaops.analytics.planning.leads.UtmLinks;
import io.github.mediaops.analytics.planning.leads.UtmParams;
import io.github.mediaops.analytics.planning.lottery.EligibilityRules;
import io.github.mediaops.analytics.planning.lottery.Lottery;
import io.github.mediaops.analytics.planning.lottery.LotteryAudit;
import io.github.mediaops.analytics.planning.lottery.LotteryCommitment;
import io.github.mediaops.analytics.planning.lottery.LotteryEntry;
import io.github.mediaops.analytics.planning.search.CoverageReport;
import io.github.mediaops.analytics.planning.search.KeywordCoverage;
import io.github.mediaops.analytics.planning.search.RankTrend;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.lead.LeadAction;
import io.github.mediaops.core.lead.LeadEvent;
import io.github.mediaops.core.lead.Touchpoint;
import io.github.mediaops.core.lead.TrackingChannel;
import io.github.mediaops.core.plan.ContentPlan;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.plan.PlanTheme;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.search.KeywordRank;
import io.github.mediaops.core.search.KeywordRankSeries;
import io.github.mediaops.core.search.RankSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Planning and engagement engines end to end on embedded data: a content calendar with cadence checks,
 * back-planned production steps and an iCalendar export; the China marketing calendar; a verifiable
 * lottery; a fission campaign; private-traffic lead attribution; best time to post; inbox triage; a check-in
 * challenge; a live commerce review; hot-topic matching. No network, no credentials.
 */
public final class PlanningTour {
    private static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    private PlanningTour() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    public static void run(PrintStream out) {
        out.println("== Planning and engagement ==");
        calendar(out);
        china(out);
        lottery(out);
        fission(out);
        leads(out);
        bestTime(out);
        inbox(out);
        checkIn(out);
        live(out);
        trends(out);
        search(out);
    }

    static void calendar(PrintStream out) {
        AccountRef wx = AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "gh_acme");
        AccountRef dy = AccountRef.of(Platform.DOUYIN, "acme");
        ContentPlan plan = ContentPlan.forMonth("2026-12", "December plan", YearMonth.of(2026, 12), SH)
                .withTheme(new PlanTheme("year-end", "year in review", List.of("年终")))
                .withTheme(new PlanTheme("christmas", "gift guide", List.of("圣诞")))
                .withEntry(PlanEntry.planned("wx-1", ZonedDateTime.of(2026, 12, 8, 8, 0, 0, 0, SH), wx, "年终盘点", "li", "year-end"))
                .withEntry(PlanEntry.planned("wx-2", ZonedDateTime.of(2026, 12, 8, 20, 0, 0, 0, SH), wx, "圣诞礼物指南", "wang", "christmas"))
                .withEntry(PlanEntry.planned("dy-1", ZonedDateTime.of(2026, 12, 9, 18, 0, 0, 0, SH), dy, "开箱", "zhao", "christmas"))
                .withEntry(PlanEntry.planned("dy-2", ZonedDateTime.of(2026, 12, 9, 18, 15, 0, 0, SH), dy, "幕后", "zhao", "year-end"));
        List<PlanIssue> issues = PlanValidator.of(List.of(CadenceRule.WECHAT_SUBSCRIPTION, CadenceRule.DOUYIN_3_TO_5_A_WEEK))
                .validate(plan);
        out.println("-- content calendar: " + issues.size() + " issues");
        issues.stream().filter(i -> i.day().isBefore(LocalDate.of(2026, 12, 14)))
                .forEach(i -> out.println("   " + i.severity() + " " + i.kind() + " " + i.day() + " " + i.entryIds()));
        PlanEntry launch = PlanEntry.planned("launch", ZonedDateTime.of(2026, 10, 13, 20, 0, 0, 0, SH), dy, "秋季新品", "li", null);
        List<ProductionTask> tasks = Backplanner.schedule(launch,
                List.of(Stage.of("draft", 3), Stage.builder().name("review").workingDays(1).owner("wang").build(), Stage.builder().name("approval").workingDays(1).owner("zhao").build()),
                ChinaCalendar.standard());
        out.println("-- back-planned from 2026-10-13 over National Day (调休 Sat 10-10 is a working day):");
        tasks.forEach(t -> out.println("   " + t.stage() + " " + t.owner() + " " + t.start() + ".." + t.due()));
        String ics = ICalendarExport.export(plan, ICalendarExport.Options.zoned("plan.acme.example"), CLOCK);
        out.println("-- iCalendar: " + ics.length() + " chars, " + ics.split("\r\n").length + " lines, first event:");
        ics.lines().dropWhile(l -> !l.equals("BEGIN:VEVENT")).limit(6).forEach(l -> out.println("   " + l));
    }

    static void china(PrintStream out) {
        ChinaCalendar cal = ChinaCalendar.standard();
        out.println("-- festivals: 春节 2027 " + cal.festival("春节", 2027) + ", 端午 2027 " + cal.festival("端午节", 2027)
                + ", 中秋 2027 " + cal.festival("中秋节", 2027));
        List<MarketingDate> dates = MarketingCalendar.china()
                .datesIn(DateRange.of(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 11, 15)));
        out.println("-- marketing dates 2026-09-15..11-15 (warm-up start):");
        dates.forEach(d -> out.println("   " + d.date() + " " + d.kind() + " " + d.nameZh() + " (" + d.name() + ") warm-up from "
                + d.warmUpStart()));
    }

    static void lottery(PrintStream out) {
        Instant close = Instant.parse("2026-12-24T12:00:00Z");
        String seed = Lottery.newSeed(new java.security.SecureRandom());   // a predictable generator is refused
        LotteryCommitment c = LotteryCommitment.builder().lotteryId("xmas-draw").secretSeed(seed).beacon("drand quicknet round 24000000").closeAt(close).rules(EligibilityRules.oneEntryPerUser().requireFollow(true).keyword("抽我").excluding(Set.of("staff-1"))).winners(2).beaconAt(close.plusSeconds(90)).build();   // the beacon round is published after entries close
        String publishedHash = Lottery.entryListHash(List.copyOf(entriesAtClose(close)));
        List<LotteryEntry> entries = entriesAtClose(close);
        out.println("-- lottery: commitment " + c.seedCommitment().substring(0, 16) + "..., entry list hash "
                + Lottery.entryListHash(entries).substring(0, 16) + "...");
        LotteryAudit audit = Lottery.draw(c, entries, seed, "beacon-value-published-after-close");
        out.println("   winners " + audit.winners() + "; audit verifies: " + Lottery.verify(audit, c, publishedHash).valid());
        List<LotteryEntry> tampered = new ArrayList<>(entries);
        tampered.set(0, LotteryEntry.builder().userId("fan-1x").enteredAt(entries.get(0).enteredAt()).text("抽我!").follows(true).accountCreatedAt(null).build());
        out.println("   after changing one entry: " + Lottery.verify(audit.withEntries(tampered), c, publishedHash)
                .problems().get(0));
    }

    private static List<LotteryEntry> entriesAtClose(Instant close) {
        List<LotteryEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            entries.add(LotteryEntry.builder().userId("fan-" + i).enteredAt(close.minusSeconds(3600L - i)).text(i == 3 ? "好看" : "抽我!").follows(i != 5).accountCreatedAt(null).build());
        }
        entries.add(LotteryEntry.builder().userId("staff-1").enteredAt(close.minusSeconds(60)).text("抽我").follows(true).accountCreatedAt(null).build());
        entries.add(LotteryEntry.builder().userId("fan-9").enteredAt(close.plusSeconds(1)).text("抽我").follows(true).accountCreatedAt(null).build());
        return entries;
    }

    static void fission(PrintStream out) {
        Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
        List<JoinEvent> events = new ArrayList<>();
        List<String> gen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(JoinEvent.seed("s" + i, t0));
            gen.add("s" + i);
        }
        for (int g = 1; g <= 3; g++) {
            List<String> next = new ArrayList<>();
            for (String u : gen) {
                for (int k = 0; k < 2; k++) {
                    events.add(JoinEvent.user(u + "." + k).referredBy(u, t0.plus(Duration.ofHours(30L * g))));
                    next.add(u + "." + k);
                }
            }
            gen = next;
        }
        ReferralForest f = ReferralForest.of(events);
        out.println("-- fission: generations " + f.generationSizes() + ", cumulative " + f.cumulativeSizes() + ", K "
                + f.kByGeneration() + ", cycle " + f.meanCycleTime().orElseThrow() + ", virality "
                + String.format("%.3f", f.meanStructuralVirality()));
        FissionCost.Result cost = FissionCost.builder().fixedCost(Money.cny("1000")).referrerReward(Money.cny("5")).welcomeReward(Money.cny("2")).maxRewardedPerReferrer(3).build().of(f);
        out.println("   cost " + cost.total() + " for " + cost.acquiredUsers() + " users = "
                + cost.perAcquiredUser().orElseThrow() + " per acquired user");
        out.println("   projection K=0.6 from 1000 seeds: limit " + ViralProjection.of(1000, 0.6).limit().getAsDouble()
                + "; K=1.2 reaches 10000 after " + ViralProjection.of(1000, 1.2).cyclesToReach(10_000).getAsInt() + " cycles");
    }

    static void leads(PrintStream out) {
        AccountRef dy = AccountRef.of(Platform.DOUYIN, "acme");
        AccountRef xhs = AccountRef.of(Platform.XIAOHONGSHU, "acme");
        Touchpoint qr = new Touchpoint("d11", "video-42", dy, TrackingChannel.WECHAT_QR_SCENE);
        Touchpoint wecom = new Touchpoint("d11", "note-7", xhs, TrackingChannel.WECOM_CONTACT_STATE);
        Touchpoint link = new Touchpoint("d11", "note-8", xhs, TrackingChannel.UTM_LINK);
        String url = UtmLinks.tag("https://shop.example/d11", UtmParams.builder().source("xiaohongshu").medium("social").campaign("d11").build().withContent("note-8"),
                TrackingCodes.code(link));
        out.println("-- leads: scene_str " + TrackingCodes.code(qr) + ", WeCom state " + TrackingCodes.code(wecom));
        out.println("   link " + url);
        Instant t = Instant.parse("2026-11-05T10:00:00Z");
        LeadReport r = LeadAttribution.of(List.of(qr, wecom, link)).report(List.of(
                new LeadEvent("u1", LeadAction.FOLLOW, t, "qrscene_" + TrackingCodes.code(qr)),
                new LeadEvent("u1", LeadAction.ADD_CONTACT, t.plusSeconds(600), TrackingCodes.code(wecom)),
                new LeadEvent("u2", LeadAction.ADD_CONTACT, t.plusSeconds(30), TrackingCodes.code(wecom)),
                new LeadEvent("u3", LeadAction.SIGN_UP, t.plusSeconds(90), url),
                new LeadEvent("u4", LeadAction.FOLLOW, t.plusSeconds(99), null)), LeadAttribution.Rule.FIRST_TOUCH);
        out.println("   " + r.leads() + " leads, " + r.unattributed() + " unattributed; by content " + r.byContent()
                + "; by platform " + r.byPlatform());
    }

    static void bestTime(PrintStream out) {
        List<PostOutcome> history = new ArrayList<>();
        ZonedDateTime friday = ZonedDateTime.of(2026, 11, 27, 20, 0, 0, 0, SH);
        ZonedDateTime tuesday = ZonedDateTime.of(2026, 11, 24, 12, 0, 0, 0, SH);
        for (int week = 0; week < 8; week++) {
            history.add(PostOutcome.builder().publishedAt(friday.minusWeeks(week).toInstant()).impressions(10_000).engagements(600 - 10L * week).build());
            history.add(PostOutcome.builder().publishedAt(tuesday.minusWeeks(week).toInstant()).impressions(10_000).engagements(350).build());
        }
        history.add(PostOutcome.builder().publishedAt(ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, SH).toInstant()).impressions(10_000).engagements(700).build());
        List<Recommendation> top = BestTimeToPost.builder(SH).exploreShare(0.34).build().recommend(history, CLOCK, 3);
        out.println("-- best time to post (lift over the account mean, 90% interval):");
        top.forEach(r -> out.println(String.format("   %-9s %s score %.2f [%.2f, %.2f] from %d posts", r.reason(),
                r.score().slot(), r.score().score(), r.score().lower(), r.score().upper(), r.score().posts())));
    }

    static void inbox(PrintStream out) {
        InboxTriage triage = InboxTriage.defaults();
        Instant t = Instant.parse("2026-11-28T08:00:00Z");
        List<Triage> queue = triage.triageAll(List.of(
                InboxItem.of(Comment.of(Platform.DOUYIN, "v1", "c1", new Author("u1", "a"), t, "求链接，多少钱？")),
                InboxItem.of(Comment.of(Platform.DOUYIN, "v1", "c2", new Author("u2", "b"), t, "孩子用了受伤了，要找媒体曝光")),
                InboxItem.of(Comment.of(Platform.DOUYIN, "v1", "c3", new Author("u3", "c"), t, "超级喜欢"))));
        out.println("-- inbox triage:");
        queue.forEach(q -> out.println("   " + q.priority() + " " + q.intent() + " -> " + q.queue() + " (keyword "
                + q.keyword() + ", first reply due " + q.firstResponseDue() + ")"));
        ReplyTemplate.Rendered reply = ReplyTemplate.named("link").text("{name}你好，链接已私信，满{threshold}减{off}哦")
                .render(java.util.Map.of("name", "小王", "threshold", "300", "off", "50"), Platform.WEIBO,
                        java.util.Map.of(Platform.WEIBO, ReplyTemplate.WEIBO_COMMENT_LIMIT),
                        io.github.mediaops.core.compliance.ComplianceChecker.withBundledDictionary());
        out.println("   reply: " + reply.text() + " (" + reply.length() + "/" + reply.limit() + ", "
                + (reply.sendable() ? "compliant, sendable" : "not sendable: " + reply.findings()) + ")");
    }

    static void checkIn(PrintStream out) {
        Challenge challenge = Challenge.builder().id("21-day").start(LocalDate.of(2026, 11, 1)).days(21).zone(SH).requiredDays(18).requiredStreak(7).build();
        List<CheckIn> checkIns = new ArrayList<>();
        for (int user = 0; user < 20; user++) {
            int lastDay = 3 + user;   // user k checks in from day 1 to day 3+k
            for (int d = 1; d <= Math.min(lastDay, 21); d++) {
                checkIns.add(new CheckIn("u" + user, ZonedDateTime.of(2026, 11, d, 8, 0, 0, 0, SH).toInstant()));
            }
        }
        ChallengeReport r = CheckInChallenges.report(challenge, checkIns, CLOCK);
        out.println("-- check-in challenge: " + r.participants() + " participants, " + r.completed() + " completed, "
                + r.rewardEligible() + " reward-eligible; checked in on days 1, 10, 21: " + r.byDay().get(0).checkedIn() + ", "
                + r.byDay().get(9).checkedIn() + ", " + r.byDay().get(20).checkedIn());
    }

    static void live(PrintStream out) {
        Instant start = Instant.parse("2026-11-11T12:00:00Z");
        LiveSession session = new LiveSession("room-1", AccountRef.of(Platform.DOUYIN, "acme"), start,
                start.plus(Duration.ofHours(2)),
                List.of(new ViewerSample(start, 100), new ViewerSample(start.plus(Duration.ofMinutes(30)), 500),
                        new ViewerSample(start.plus(Duration.ofMinutes(60)), 1000),
                        new ViewerSample(start.plus(Duration.ofMinutes(90)), 400)),
                new LiveAudience(20_000, 12_000, Duration.ofSeconds(12_000L * 180), 3_000, 20_000, 1_000, 600),
                List.of(new ProductSales("A", "保温杯", 50_000, 5_000, 800, 700, Money.cny("69930.00")),
                        new ProductSales("B", "礼盒", 30_000, 2_000, 300, 250, Money.cny("49750.00"))));
        LiveMetrics m = LiveMetrics.of(session, java.util.Currency.getInstance("CNY"));
        out.println("-- live: peak " + m.peakConcurrent() + ", average " + m.averageConcurrent() + ", watch "
                + m.averageWatchTime().toSeconds() + " s, GMV " + m.gmv() + ", GPM " + m.gpm().orElseThrow() + ", UV value "
                + m.uvValue().orElseThrow() + ", click-through " + m.funnel().clickThrough());
        LiveReview.review(m, java.util.Map.of(LiveReview.Kpi.GMV, 100_000.0, LiveReview.Kpi.GPM, 6_000.0))
                .forEach(l -> out.println(String.format("   review %s target %.0f actual %.2f %s", l.kpi(), l.target(),
                        l.actual(), l.met() ? "met" : "missed")));
    }

    static void trends(PrintStream out) {
        Instant now = Instant.parse("2026-12-20T04:00:00Z");
        HotTopicMatcher matcher = HotTopicMatcher.builder().themes(List.of(new PlanTheme("christmas", "", List.of("圣诞")))).tabooWords(List.of("车祸")).window(Duration.ofHours(2)).minRankVelocity(3).minHeatGrowth(0.5).build();
        List<TopicSignal> signals = matcher.analyze(List.of(
                new TrendSnapshot("weibo-hot", "圣诞礼物清单", now.minus(Duration.ofHours(2)), 30, 100_000),
                new TrendSnapshot("weibo-hot", "圣诞礼物清单", now, 6, 400_000),
                new TrendSnapshot("weibo-hot", "圣诞 车祸", now, 10, 150_000)), now);
        out.println("-- hot topics:");
        signals.forEach(s -> out.println("   " + s.topic() + " rank " + s.rank() + " velocity " + s.rankVelocity()
                + "/h opportunity=" + s.opportunity() + s.taboo().map(w -> " (taboo " + w + ")").orElse("")));
    }

    static void search(PrintStream out) {
        LocalDate d = LocalDate.of(2026, 12, 1);
        KeywordRankSeries ranks = KeywordRankSeries.of(List.of(
                KeywordRank.ranked(Platform.XIAOHONGSHU, "防晒霜", d, 12, RankSource.CRAWL),
                KeywordRank.ranked(Platform.XIAOHONGSHU, "防晒霜", d.plusDays(2), 7, RankSource.CRAWL),
                KeywordRank.ranked(Platform.XIAOHONGSHU, "防晒霜", d.plusDays(4), 3, RankSource.CRAWL)));
        out.println("-- search presence:");
        out.println("   " + RankTrend.of(ranks, DateRange.of(d, d.plusDays(4))).summary());
        PlanEntry slot = PlanEntry.planned("e-sun", ZonedDateTime.of(2026, 12, 8, 20, 0, 0, 0, SH),
                AccountRef.of(Platform.XIAOHONGSHU, "brand"), "冬天也要用防晒霜吗", "ops", null);
        CoverageReport coverage = KeywordCoverage.builder().keywords(List.of("防晒霜", "敏感肌")).frontLoadChars(8).build()
                .check(slot);
        out.println(String.format("   coverage %.2f missing %s", coverage.score(), coverage.missing()));
    }
}
