package io.github.mediaops.connector.tencentads;

import io.github.mediaops.connector.support.AmountUnit;
import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.DateSpans;
import io.github.mediaops.connector.support.ReportCells;
import io.github.mediaops.connector.support.ReportPages;
import io.github.mediaops.connector.support.TokenManager;
import io.github.mediaops.connector.support.UserTokens;
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
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Daily reports from {@code daily_reports/get}: {@code REPORT_LEVEL_ADGROUP} grouped by {@code date, adgroup_id}
 * (AD_GROUP, the default) or {@code REPORT_LEVEL_DYNAMIC_CREATIVE} grouped by
 * {@code date, adgroup_id, dynamic_creative_id} (CREATIVE); fields {@code cost} (fen), {@code view_count},
 * {@code valid_click_count}, {@code conversions_count}. Tencent Ads 3.0 has no campaign level: CAMPAIGN is refused.
 * A row carrying {@code hour} (the shape of {@code hourly_reports/get}) is refused rather than read as a day total.
 */
final class TencentAdsReports implements AdReports {
    static final String ENDPOINT = "v3.0/daily_reports/get";
    static final int MAX_PAGES = 10_000;
    static final Map<String, Metric> COUNTS = Map.of("view_count", Metric.IMPRESSIONS, "valid_click_count", Metric.CLICKS,
            "conversions_count", Metric.CONVERSIONS);

    private final TencentAdsApi api;
    private final ConnectorRuntime runtime;
    private final UserTokens users;
    private final Currency currency;

    TencentAdsReports(TencentAdsApi api, ConnectorRuntime runtime, UserTokens users, Currency currency) {
        this.api = api;
        this.runtime = runtime;
        this.users = users;
        this.currency = currency;
    }

    @Override
    public List<AdPerformance> adPerformance(AccountRef advertiser, DateRange days) {
        return adPerformance(advertiser, days, AdLevel.AD_GROUP);
    }

    @Override
    public List<AdPerformance> adPerformance(AccountRef advertiser, DateRange days, AdLevel level) {
        String accountId = accountId(advertiser);
        Checks.notNull(days, "days");
        String wireLevel = switch (Checks.notNull(level, "level")) {
            case CAMPAIGN -> throw new InvalidValueException("level",
                    "Tencent Ads 3.0 reports ad groups (AD_GROUP) and dynamic creatives (CREATIVE); it has no campaign level");
            case AD_GROUP -> "REPORT_LEVEL_ADGROUP";
            case CREATIVE -> "REPORT_LEVEL_DYNAMIC_CREATIVE";
        };
        String groupBy = level == AdLevel.CREATIVE ? "[\"date\",\"adgroup_id\",\"dynamic_creative_id\"]" : "[\"date\",\"adgroup_id\"]";
        String fields = level == AdLevel.CREATIVE
                ? "[\"date\",\"adgroup_id\",\"dynamic_creative_id\",\"cost\",\"view_count\",\"valid_click_count\",\"conversions_count\"]"
                : "[\"date\",\"adgroup_id\",\"cost\",\"view_count\",\"valid_click_count\",\"conversions_count\"]";
        LocalDate today = LocalDate.now(runtime.clock().withZone(TencentAdsConnector.ZONE));
        LocalDate oldest = today.minusDays(TencentAdsConnector.LOOKBACK_DAYS);
        if (days.end().isBefore(oldest)) {
            return List.of();
        }
        var range = DateSpans.clampEnd(days.start().isBefore(oldest) ? DateRange.of(oldest, days.end()) : days, today);
        if (range.isEmpty()) {
            return List.of();
        }
        TokenManager tokens = users.account(accountId);
        List<Map<String, String>> rows = ReportPages.collect(range.get(), TencentAdsConnector.LOOKBACK_DAYS + 1, MAX_PAGES,
                (window, page) -> {
                    String dateRange = "{\"start_date\":\"" + window.start() + "\",\"end_date\":\"" + window.end() + "\"}";
                    TencentAdsApi.ReportEnvelope e = runtime.read(ENDPOINT, tokens, token -> api.dailyReports(token,
                            runtime.clock().instant().getEpochSecond(), nonce(), accountId, wireLevel, dateRange, groupBy,
                            fields, page, TencentAdsConnector.PAGE_SIZE));
                    if (e == null || e.data() == null) {
                        throw TencentAdsConnector.RESPONSES.unexpected(ENDPOINT, "a report without data");
                    }
                    int total = e.data().pageInfo() == null || e.data().pageInfo().totalPage() == null ? 1
                            : e.data().pageInfo().totalPage();
                    return new ReportPages.Page<>(e.data().list() == null ? List.of() : e.data().list(), total);
                });
        return rows.stream().map(r -> map(advertiser, level, r)).toList();
    }

    private AdPerformance map(AccountRef advertiser, AdLevel level, Map<String, String> row) {
        try {
            if (!ReportCells.absent(row.get("hour"))) {
                // an hourly_reports/get answer (one row per hour) would silently pass as day totals
                throw new InvalidValueException("hour", "a daily report row carries hour " + Checks.show(row.get("hour")));
            }
            LocalDate day = day(row.get("date"));
            String adgroup = ReportCells.id(row.get("adgroup_id"))
                    .orElseThrow(() -> new InvalidValueException("adgroup_id", "a row without adgroup_id"));
            String ad = level == AdLevel.CREATIVE ? ReportCells.id(row.get("dynamic_creative_id"))
                    .orElseThrow(() -> new InvalidValueException("dynamic_creative_id", "a row without dynamic_creative_id"))
                    : adgroup;
            String cost = row.get("cost");
            if (ReportCells.absent(cost)) {
                throw new InvalidValueException("cost", "a row without cost");
            }
            return new AdPerformance(advertiser, adgroup, ad, day, TencentAdsConnector.ZONE,
                    AmountUnit.FEN.parse("cost", cost, currency), ReportCells.counts(row, COUNTS));
        } catch (InvalidValueException e) {
            throw TencentAdsConnector.RESPONSES.unexpected(ENDPOINT, "an unreadable report row: " + e.getMessage(), e);
        }
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(Checks.notNull(text, "date").trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date", "date is not a day (was " + Checks.show(text) + ")");
        }
    }

    /** The account id of a Tencent Ads {@code AccountRef}; another platform's account is refused naming {@code advertiser}. */
    static String accountId(AccountRef advertiser) {
        Checks.notNull(advertiser, "advertiser");
        if (!advertiser.platform().equals(Platform.TENCENT_ADS)) {
            throw new InvalidValueException("advertiser", "advertiser must be a Tencent Ads account (was " + advertiser + ")");
        }
        return advertiser.accountId();
    }

    /** A fresh nonce: 32 hex characters, unique per request as the platform requires. */
    static String nonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
