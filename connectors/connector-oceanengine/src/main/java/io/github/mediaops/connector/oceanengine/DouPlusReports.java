package io.github.mediaops.connector.oceanengine;

import io.github.mediaops.connector.support.AmountUnit;
import io.github.mediaops.connector.support.DateSpans;
import io.github.mediaops.connector.support.ReportCells;
import io.github.mediaops.connector.support.ReportPages;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AdReports;
import io.github.mediaops.core.metrics.AdLevel;
import io.github.mediaops.core.metrics.AdPerformance;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DOU+ order reports from {@code open_api/v3.0/douplus/order/report/} (official page 1771739377034318;
 * platform-apis-2.md §3.6 spells the path {@code duoplus}, the official page {@code douplus}). The endpoint sums
 * each order over its {@code stat_time} and has no day dimension, so a daily report asks one day per request:
 * {@code begin_time} = the day, {@code end_time} = the next day, because the platform leaves the
 * {@code end_time} day out; {@code group_by ["GROUP_BY_AD_ID"]}, pages of {@value OceanEngineConnector#DOU_PLUS_PAGE_SIZE}.
 * Metrics: {@code stat_cost} (read as yuan: the page does not state its unit; bububa/oceanengine models it as a
 * decimal), {@code total_play}, {@code custom_like}, {@code dy_comment},
 * {@code dy_share}, {@code dy_follow}, {@code dy_home_visited}, {@code show_cnt} (live rooms) and
 * {@code dp_target_convert_cnt}.
 */
final class DouPlusReports implements AdReports {
    static final String ENDPOINT = "open_api/v3.0/douplus/order/report";
    static final int MAX_PAGES = 1000;
    static final Map<String, Metric> COUNTS = Map.of("total_play", Metric.VIEWS, "custom_like", Metric.LIKES,
            "dy_comment", Metric.COMMENTS, "dy_share", Metric.SHARES, "dy_follow", Metric.FOLLOWS_GAINED,
            "dy_home_visited", Metric.PROFILE_VISITS, "show_cnt", Metric.IMPRESSIONS,
            "dp_target_convert_cnt", Metric.CONVERSIONS);

    private final ReadContext ctx;

    DouPlusReports(ReadContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<AdPerformance> adPerformance(AccountRef account, DateRange days) {
        return adPerformance(account, days, AdLevel.CAMPAIGN);
    }

    @Override
    public List<AdPerformance> adPerformance(AccountRef account, DateRange days, AdLevel level) {
        String secUid = OceanEngineReports.advertiserId(account, "account");
        Checks.notNull(days, "days");
        if (Checks.notNull(level, "level") == AdLevel.CREATIVE) {
            throw new InvalidValueException("level", "level CREATIVE is not reported by DOU+: it reports orders (CAMPAIGN) and their plans (AD_GROUP), not "
                    + "creatives by day");
        }
        LocalDate today = LocalDate.now(ctx.runtime().clock().withZone(OceanEngineConnector.ZONE));
        var range = DateSpans.clampEnd(days, today);
        if (range.isEmpty()) {
            return List.of();
        }
        TokenManager tokens = ctx.tokens(secUid);
        List<AdPerformance> out = new ArrayList<>();
        for (DateRange day : range.get().chunks(1)) {
            // the platform excludes end_time's day: one day D is [D, D+1)
            String statTime = "{\"begin_time\":\"" + day.start() + "\",\"end_time\":\"" + day.start().plusDays(1) + "\"}";
            List<OceanEngineApi.OrderStat> rows = ReportPages.collect(day, 1, MAX_PAGES, (window, page) -> {
                OceanEngineApi.DouPlusReportEnvelope e = ctx.runtime().read(ENDPOINT, tokens, token -> ctx.api().douPlusReport(token,
                        secUid, statTime, "[\"GROUP_BY_AD_ID\"]", page, OceanEngineConnector.DOU_PLUS_PAGE_SIZE));
                if (e == null || e.data() == null) {
                    throw OceanEngineConnector.RESPONSES.unexpected(ENDPOINT, "a report without data");
                }
                OceanEngineApi.DouPlusReport r = e.data();
                int total = r.pageInfo() == null || r.pageInfo().totalPage() == null ? 1 : r.pageInfo().totalPage();
                return new ReportPages.Page<>(r.orderMetrics() == null ? List.of() : r.orderMetrics(), total);
            });
            for (OceanEngineApi.OrderStat row : rows) {
                out.add(map(account, level, day.start(), row));
            }
        }
        return out;
    }

    private AdPerformance map(AccountRef account, AdLevel level, LocalDate day, OceanEngineApi.OrderStat row) {
        Map<String, String> dims = row.dimensionData() == null ? Map.of() : row.dimensionData();
        Map<String, String> metrics = row.metricsData() == null ? Map.of() : row.metricsData();
        try {
            String order = ReportCells.id(dims.get("order_id"))
                    .orElseThrow(() -> new InvalidValueException("order_id", "a row without order_id"));
            String ad = level == AdLevel.AD_GROUP ? ReportCells.id(dims.get("ad_id"))
                    .orElseThrow(() -> new InvalidValueException("ad_id", "a row without ad_id")) : null;
            return new AdPerformance(account, order, ad, day, OceanEngineConnector.ZONE,
                    ReportCells.requiredAmount("stat_cost", metrics.get("stat_cost"), AmountUnit.YUAN, ctx.currency()),
                    ReportCells.counts(metrics, COUNTS));
        } catch (InvalidValueException e) {
            throw OceanEngineConnector.RESPONSES.unexpected(ENDPOINT, "an unreadable report row " + dims + ": " + e.getMessage(), e);
        }
    }
}
