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
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * 巨量广告 feed-ad daily reports from {@code open_api/v3.0/report/custom/get/}: dimension
 * {@code stat_time_day} with {@code cdp_project_id} (CAMPAIGN), {@code cdp_promotion_id} (AD_GROUP, the default)
 * or {@code material_id} (CREATIVE, data topic {@code MATERIAL_DATA}); {@code start_time} / {@code end_time} as
 * {@code yyyy-MM-dd HH:mm:ss} (official page 1741387668314126); metrics {@code stat_cost} (yuan),
 * {@code show_cnt}, {@code click_cnt}, {@code convert_cnt}. Days after today are not asked for.
 */
final class OceanEngineReports implements AdReports {
    static final String ENDPOINT = "open_api/v3.0/report/custom/get";
    static final String METRICS = "[\"stat_cost\",\"show_cnt\",\"click_cnt\",\"convert_cnt\"]";
    static final int MAX_PAGES = 1000;
    /** Wire metric → core metric; {@code stat_cost} is the spend. */
    static final Map<String, Metric> COUNTS = Map.of("show_cnt", Metric.IMPRESSIONS, "click_cnt", Metric.CLICKS,
            "convert_cnt", Metric.CONVERSIONS);

    private final ReadContext ctx;

    OceanEngineReports(ReadContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<AdPerformance> adPerformance(AccountRef advertiser, DateRange days) {
        return adPerformance(advertiser, days, AdLevel.AD_GROUP);
    }

    @Override
    public List<AdPerformance> adPerformance(AccountRef advertiser, DateRange days, AdLevel level) {
        String advertiserId = advertiserId(advertiser, "advertiser");
        Checks.notNull(days, "days");
        Checks.notNull(level, "level");
        LocalDate today = LocalDate.now(ctx.runtime().clock().withZone(OceanEngineConnector.ZONE));
        var range = DateSpans.clampEnd(days, today);
        if (range.isEmpty()) {
            return List.of();
        }
        String dimensions = switch (level) {
            case CAMPAIGN -> "[\"stat_time_day\",\"cdp_project_id\"]";
            case AD_GROUP -> "[\"stat_time_day\",\"cdp_project_id\",\"cdp_promotion_id\"]";
            case CREATIVE -> "[\"stat_time_day\",\"cdp_project_id\",\"cdp_promotion_id\",\"material_id\"]";
        };
        String topic = level == AdLevel.CREATIVE ? "MATERIAL_DATA" : "BASIC_DATA";
        TokenManager tokens = ctx.tokens(advertiserId);
        List<OceanEngineApi.CustomRow> rows = ReportPages.collect(range.get(), OceanEngineConnector.FEED_MAX_SPAN_DAYS, MAX_PAGES,
                (window, page) -> {
                    OceanEngineApi.CustomReportEnvelope e = ctx.runtime().read(ENDPOINT, tokens, token -> ctx.api().customReport(token,
                            advertiserId, topic, dimensions, METRICS, "[]", window.start() + " 00:00:00", window.end() + " 23:59:59",
                            "[]", page, OceanEngineConnector.FEED_PAGE_SIZE));
                    if (e == null || e.data() == null) {
                        throw OceanEngineConnector.RESPONSES.unexpected(ENDPOINT, "a report without data");
                    }
                    OceanEngineApi.CustomReport r = e.data();
                    int total = r.pageInfo() == null || r.pageInfo().totalPage() == null ? 1 : r.pageInfo().totalPage();
                    return new ReportPages.Page<>(r.rows() == null ? List.of() : r.rows(), total);
                });
        return rows.stream().map(r -> map(advertiser, level, r)).toList();
    }

    private AdPerformance map(AccountRef advertiser, AdLevel level, OceanEngineApi.CustomRow row) {
        Map<String, String> dims = row.dimensions() == null ? Map.of() : row.dimensions();
        Map<String, String> metrics = row.metrics() == null ? Map.of() : row.metrics();
        try {
            LocalDate day = day(dims.get("stat_time_day"));
            String campaign = ReportCells.id(dims.get("cdp_project_id"))
                    .orElseThrow(() -> new InvalidValueException("cdp_project_id", "a row without cdp_project_id"));
            String ad = switch (level) {
                case CAMPAIGN -> null;
                case AD_GROUP -> ReportCells.id(dims.get("cdp_promotion_id"))
                        .orElseThrow(() -> new InvalidValueException("cdp_promotion_id", "a row without cdp_promotion_id"));
                case CREATIVE -> ReportCells.id(dims.get("material_id"))
                        .orElseThrow(() -> new InvalidValueException("material_id", "a row without material_id"));
            };
            return new AdPerformance(advertiser, campaign, ad, day, OceanEngineConnector.ZONE,
                    ReportCells.requiredAmount("stat_cost", metrics.get("stat_cost"), AmountUnit.YUAN, ctx.currency()),
                    ReportCells.counts(metrics, COUNTS));
        } catch (InvalidValueException e) {
            throw OceanEngineConnector.RESPONSES.unexpected(ENDPOINT, "an unreadable report row " + dims + ": " + e.getMessage(), e);
        }
    }


    static LocalDate day(String text) {
        if (text == null || text.length() < 10) {
            throw new InvalidValueException("stat_time_day", "stat_time_day is not a day (was " + Checks.show(text) + ")");
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("stat_time_day", "stat_time_day is not a day (was " + Checks.show(text) + ")");
        }
    }

    static String advertiserId(AccountRef advertiser, String field) {
        Checks.notNull(advertiser, field);
        if (!advertiser.platform().equals(Platform.OCEAN_ENGINE)) {
            throw new InvalidValueException(field, field + " must be an Ocean Engine account (was " + advertiser + ")");
        }
        return advertiser.accountId();
    }
}
