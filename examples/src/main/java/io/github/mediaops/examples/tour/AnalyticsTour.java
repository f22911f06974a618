package io.github.mediaops.examples.tour;

import io.github.mediaops.analytics.accumulate.EngagementEvent;
import io.github.mediaops.analytics.accumulate.EngagementType;
import io.github.mediaops.analytics.accumulate.PostDayKpis;
import io.github.mediaops.analytics.measure.attribution.Attribution;
import io.github.mediaops.analytics.measure.attribution.AttributionModel;
import io.github.mediaops.analytics.measure.attribution.AttributionResult;
import io.github.mediaops.analytics.measure.attribution.Journey;
import io.github.mediaops.analytics.measure.attribution.ChannelTouch;
import io.github.mediaops.analytics.measure.cohort.Activity;
import io.github.mediaops.analytics.measure.cohort.CohortTable;
import io.github.mediaops.analytics.measure.cohort.RetentionCohorts;
import io.github.mediaops.analytics.measure.funnel.Funnel;
import io.github.mediaops.analytics.measure.funnel.FunnelEvent;
import io.github.mediaops.analytics.measure.funnel.FunnelResult;
import io.github.mediaops.analytics.measure.funnel.StepResult;
import io.github.mediaops.analytics.measure.kpi.ContentKpis;
import io.github.mediaops.analytics.measure.kpi.Denominator;
import io.github.mediaops.analytics.measure.kpi.Dimension;
import io.github.mediaops.analytics.measure.kpi.Grain;
import io.github.mediaops.analytics.measure.kpi.KpiRollup;
import io.github.mediaops.analytics.measure.kpi.MetricTotals;
import io.github.mediaops.analytics.measure.nps.PromoterCounts;
import io.github.mediaops.analytics.measure.nps.PromoterScore;
import io.github.mediaops.analytics.measure.nps.PromoterScores;
import io.github.mediaops.analytics.measure.nps.ScoreDifference;
import io.github.mediaops.analytics.report.Chart;
import io.github.mediaops.analytics.report.HtmlRenderer;
import io.github.mediaops.analytics.report.KpiLine;
import io.github.mediaops.analytics.report.MarkdownRenderer;
import io.github.mediaops.analytics.report.Report;
import io.github.mediaops.analytics.report.ReportOptions;
import io.github.mediaops.analytics.measure.roi.Holdout;
import io.github.mediaops.analytics.measure.roi.Roi;
import io.github.mediaops.analytics.measure.series.CounterReading;
import io.github.mediaops.analytics.measure.series.DailyDelta;
import io.github.mediaops.analytics.measure.series.DailyDeltas;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.kpi.KpiCatalog;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.examples.QuickTour;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A tour of mediaops-analytics on made-up but plausible numbers: KPIs and roll-ups, counter series,
 * ROI, attribution, funnels, cohorts, recommendation score, accumulators and a post-mortem report,
 * which it writes as HTML and Markdown into a folder. No network.
 */
public final class AnalyticsTour {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private AnalyticsTour() {
    }

    public static void main(String[] args) {
        run(System.out, QuickTour.REPORT_DIR);
    }

    /** Runs the tour, printing to {@code out} and writing the report files into {@code reportDir}. */
    public static void run(PrintStream out, Path reportDir) {
        out.println("== mediaops analytics ==");
        LocalDate monday = LocalDate.of(2026, 11, 2);
        Instant read = Instant.parse("2026-11-09T02:00:00Z");

        // KPIs: a week of two posts, one corrected the next day (T+1)
        List<ContentMetrics> snaps = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            snaps.add(post(Platform.DOUYIN, "v1", monday.plusDays(d), read, 12_000 + 900 * d, 900 + 40 * d));
            snaps.add(post(Platform.XIAOHONGSHU, "n1", monday.plusDays(d), read, 3_000 + 100 * d, 420 + 10 * d));
        }
        snaps.add(post(Platform.DOUYIN, "v1", monday, read.plusSeconds(86_400), 12_600, 930)); // correction
        KpiRollup.Result week = new KpiRollup(SHANGHAI, Grain.WEEK, Dimension.platform()).apply(snaps);
        week.cells().forEach((k, t) -> {
            ContentKpis kpis = ContentKpis.of(t);
            out.printf(Locale.ROOT, "KPI  %-11s week of %s: views %,d, engagement %.2f%% per view, %.2f%% per reach%n",
                    k.group(), k.period().start(), t.count(Metric.VIEWS).getAsLong(),
                    100 * kpis.engagementRate(Denominator.VIEWS).orElseThrow().value(),
                    100 * kpis.engagementRate(Denominator.REACH).orElseThrow().value());
        });

        // Series: irregular lifetime play counts -> daily deltas
        List<CounterReading> plays = List.of(
                new CounterReading(Instant.parse("2026-11-01T13:00:00Z"), 1_000),
                new CounterReading(Instant.parse("2026-11-02T09:30:00Z"), 5_200),
                new CounterReading(Instant.parse("2026-11-03T17:45:00Z"), 9_900),
                new CounterReading(Instant.parse("2026-11-04T18:10:00Z"), 11_000));
        for (DailyDelta d : DailyDeltas.in(SHANGHAI).apply(plays)) {
            out.printf(Locale.ROOT, "SERIES %s: +%.0f plays (interpolated)%n", d.day(), d.delta().getAsDouble());
        }

        // ROI
        Money spend = Money.cny("20000");
        out.printf(Locale.ROOT, "ROI  ROAS %.2f, CPM %s, CPC %s%n", Roi.spend(spend).roas(Money.cny("68000")).getAsDouble(),
                Roi.cpm(spend, 4_000_000).orElseThrow().rounded(), Roi.cpc(spend, 52_000).orElseThrow().rounded());
        Holdout lift = Holdout.exposed(90_000, 1_800, Money.cny("540000")).heldOut(10_000, 150, Money.cny("41000"))
                .spend(Money.cny("120000"));
        out.printf(Locale.ROOT, "ROI  holdout: incremental revenue %s, iROAS %.3f, lift %.1f%%%n",
                lift.incrementalRevenue().rounded(), lift.incrementalRoas().getAsDouble(), 100 * lift.lift().getAsDouble());

        // Attribution: WeChat article -> Douyin video -> mini-program purchase
        Instant t = Instant.parse("2026-11-05T00:00:00Z");
        List<Journey> journeys = List.of(
                journey(true, t, "wechat-article", "douyin-video", "mini-program"),
                journey(true, t, "douyin-video", "mini-program"),
                journey(false, t, "wechat-article"),
                journey(true, t, "wechat-article", "mini-program"),
                journey(false, t, "douyin-video"));
        for (AttributionModel m : List.of(AttributionModel.lastTouch(), AttributionModel.positionBased(),
                AttributionModel.markov(), AttributionModel.shapley())) {
            AttributionResult r = Attribution.credit(journeys, m);
            out.printf(Locale.ROOT, "ATTR %-26s %s%n", m.name(), rounded(r.credits()));
        }

        // Private-traffic funnel
        List<FunnelEvent> fe = new ArrayList<>();
        for (int u = 0; u < 100; u++) {
            Instant s = t.plusSeconds(u * 600L);
            fe.add(FunnelEvent.user("u" + u).reached(Funnel.CONTENT_VIEW, s));
            if (u % 3 == 0) {
                fe.add(FunnelEvent.user("u" + u).reached(Funnel.WECOM_CONTACT_ADDED, s.plusSeconds(3_600)));
                if (u % 2 == 0) {
                    fe.add(FunnelEvent.user("u" + u).reached(Funnel.PURCHASE, s.plusSeconds(86_400)));
                }
            }
        }
        FunnelResult funnel = Funnel.privateTraffic(Duration.ofDays(7)).apply(fe);
        for (StepResult s : funnel.steps()) {
            out.printf(Locale.ROOT, "FUNNEL %-20s %3d users, %5.1f%% of entrants%n", s.step(), s.users(),
                    100 * s.conversionFromStart().orElse(0));
        }

        // Cohorts by first purchase week
        List<Activity> acts = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(3);
        for (int u = 0; u < 200; u++) {
            Instant first = Instant.parse("2026-10-05T02:00:00Z").plusSeconds(rnd.nextLong(21L * 86_400));
            acts.add(new Activity("c" + u, first));
            for (Instant n = first; rnd.nextInt(10) < 6; ) {
                n = n.plusSeconds(rnd.nextLong(3_600, 10L * 86_400));
                acts.add(new Activity("c" + u, n));
            }
        }
        CohortTable cohorts = new RetentionCohorts(SHANGHAI, Grain.WEEK, 4)
                .apply(RetentionCohorts.firstEvents(acts), acts, LocalDate.of(2026, 11, 29));
        out.printf(Locale.ROOT, "COHORT pooled weekly retention: %s%n", cohorts.curve().stream()
                .map(o -> o.isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * o.getAsDouble()) : "-").toList());

        // Recommendation score
        PromoterCounts october = PromoterCounts.ofAnswers(10, 9, 9, 8, 7, 10, 6, 3, 9, 10, 8, 9, 5, 10, 9);
        PromoterCounts november = PromoterCounts.promoters(120).passives(50).detractors(30);
        PromoterScore s = PromoterScores.estimate(november, 0.95);
        ScoreDifference diff = PromoterScores.compare(november).against(october, 0.95);
        out.printf(Locale.ROOT, "SCORE November %.1f (95%% adjusted-Wald %.1f..%.1f, ±%.1f); vs October %+.1f, p=%.2f; "
                        + "answers for ±5: %d%n", s.score(), s.adjustedWald().lower(), s.adjustedWald().upper(),
                s.marginOfError(), diff.difference(), diff.pValue(), PromoterScores.sampleSize(5, 0.95, 0.6, 0.15));

        // Accumulators: per-post daily KPIs from raw events, in two partitions merged
        PostDayKpis a = PostDayKpis.withUniques(SHANGHAI, 12);
        PostDayKpis b = PostDayKpis.withUniques(SHANGHAI, 12);
        long base = Instant.parse("2026-11-11T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 200_000; i++) {
            EngagementEvent e = EngagementEvent.user(rnd.nextLong(50_000)).post(rnd.nextLong(3))
                    .did(rnd.nextInt(10) < 8 ? EngagementType.VIEW : EngagementType.LIKE).at(base + rnd.nextLong(86_400_000L));
            (i % 2 == 0 ? a : b).add(e);
        }
        PostDayKpis merged = PostDayKpis.fromBytes(a.toBytes()).merge(PostDayKpis.fromBytes(b.toBytes()));
        for (PostDayKpis.Row r : merged.result()) {
            out.printf(Locale.ROOT, "ACC  post %d %s: %,d views, ~%,.0f unique users, engagement %.1f%%%n", r.postId(), r.day(),
                    r.count(EngagementType.VIEW), r.uniqueUsers().orElseThrow().estimate(), 100 * r.engagementRate().getAsDouble());
        }

        // Post-mortem report (复盘) for a Chinese team, written where a person can open it
        MetricTotals douyin = week.get(DateRange.of(monday, monday.plusDays(6)), "douyin").orElseThrow();
        Map<String, List<Double>> dailyPlays = new LinkedHashMap<>();
        dailyPlays.put("抖音", List.of(4_200.0, 4_700.0, 1_100.0, 3_900.0, 5_200.0, 6_100.0, 5_800.0));
        dailyPlays.put("视频号", List.of(1_300.0, 1_310.0, 1_420.0, 1_380.0, 1_500.0, 1_700.0, 1_650.0));
        Map<String, List<Double>> money = new LinkedHashMap<>();
        money.put("收入", List.of(68_000.0, 21_000.0));
        money.put("花费", List.of(spend.amount().doubleValue(), 9_000.0));
        Report report = Report.builder("双11预热复盘", DateRange.of(monday, monday.plusDays(6)))
                .summary("抖音互动率达标；企微加好友一步流失了三分之二的观众。")
                .kpi(KpiLine.measured(KpiCatalog.ENGAGEMENT_RATE,
                        ContentKpis.of(douyin).engagementRate(Denominator.VIEWS).orElseThrow().value()).against(0.05))
                .kpi(KpiLine.measured(KpiCatalog.ROAS, Roi.spend(spend).roas(Money.cny("68000")).getAsDouble()).against(3.0))
                .kpi(KpiLine.measured(KpiCatalog.NPS, s.score()).against(40))
                .section("趋势", List.of("播放量周三回落，周末达到高峰。"),
                        new Chart.Trend("每日播放量", monday.datesUntil(monday.plusDays(7)).toList(), dailyPlays, Chart.Axis.labelled("播放量")))
                .section("投放", List.of("抖音每花 1 元带来 3.4 元收入。"),
                        new Chart.Bars("各渠道收入与花费", List.of("抖音", "小红书"), money, Chart.Axis.labelled("元")))
                .section("私域", List.of(), new Chart.Funnel("内容到成交", funnel), new Chart.CohortHeatmap("周留存", cohorts))
                .lesson("把企微二维码放在置顶评论。")
                .nextAction("下周测试两种邀请封面。")
                .build();
        ReportOptions zh = ReportOptions.of(Locale.SIMPLIFIED_CHINESE);
        String md = MarkdownRenderer.render(report, zh);
        out.println("REPORT markdown, first lines:");
        md.lines().limit(9).forEach(l -> out.println("  " + l));
        String html = HtmlRenderer.render(report, zh);
        out.printf(Locale.ROOT, "REPORT html: %,d characters, self-contained with %d inline SVG charts%n",
                html.length(), html.split("<svg ", -1).length - 1);
        Path page = write(reportDir.resolve("double11-review.html"), html);
        write(reportDir.resolve("double11-review.md"), md);
        out.println("REPORT written to " + page.toAbsolutePath().normalize() + " (open it in a browser)");
    }

    /** The engines return text; the host decides where it goes. */
    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static ContentMetrics post(Platform p, String id, LocalDate day, Instant asOf, long views, long likes) {
        return ContentMetrics.daily(p, id, day, SHANGHAI, asOf).with(Metric.VIEWS, views).with(Metric.REACH, views * 7 / 10)
                .with(Metric.LIKES, likes).with(Metric.COMMENTS, likes / 10).with(Metric.SHARES, likes / 8)
                .with(Metric.SAVES, likes / 5);
    }

    private static Journey journey(boolean converted, Instant start, String... channels) {
        List<ChannelTouch> tps = new ArrayList<>();
        for (int i = 0; i < channels.length; i++) {
            tps.add(new ChannelTouch(channels[i], start.plus(Duration.ofHours(20L * i))));
        }
        return new Journey(tps, converted, start.plus(Duration.ofHours(20L * channels.length)));
    }

    private static Map<String, String> rounded(Map<String, Double> credits) {
        Map<String, String> out = new LinkedHashMap<>();
        credits.forEach((k, v) -> out.put(k, String.format(Locale.ROOT, "%.2f", v)));
        return out;
    }
}
