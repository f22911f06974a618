package io.github.mediaops.connector.juguang;

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
 * 聚光 offline reports with {@code time_unit DAY}: {@code campaign} (CAMPAIGN), {@code unit} (AD_GROUP) and
 * {@code creativity} (CREATIVE, the default: on 聚光 an ad is a note creative). Rows carry {@code time},
 * {@code campaign_id}, {@code unit_id}, {@code creativity_id}, {@code note_id} and the metrics named in {@link #COUNTS}
 * plus {@code fee} (yuan). Days after today are not asked for.
 */
final class JuguangReports implements AdReports {
    static final String ENDPOINT = "jg/data/report/offline";
    static final int MAX_PAGES = 1000;
    /** Wire metric → core metric (bububa/spotlight-mapi {@code model/report/report.go}); {@code fee} is the spend. */
    static final Map<String, Metric> COUNTS = Map.of("impression", Metric.IMPRESSIONS, "click", Metric.CLICKS,
            "like", Metric.LIKES, "comment", Metric.COMMENTS, "collect", Metric.SAVES, "share", Metric.SHARES,
            "follow", Metric.FOLLOWS_GAINED);

    private final ReadContext ctx;

    JuguangReports(ReadContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<AdPerformance> adPerformance(AccountRef advertiser, DateRange days) {
        return adPerformance(advertiser, days, AdLevel.CREATIVE);
    }

    @Override
    public List<AdPerformance> adPerformance(AccountRef advertiser, DateRange days, AdLevel level) {
        Checks.notNull(level, "level");
        return rows(advertiser, days, level).stream().map(r -> map(advertiser, level, r)).toList();
    }

    List<JuguangCreativeDay> creativeDays(AccountRef advertiser, DateRange days) {
        return rows(advertiser, days, AdLevel.CREATIVE).stream()
                .map(r -> new JuguangCreativeDay(map(advertiser, AdLevel.CREATIVE, r),
                        ReportCells.id(r.get("note_id")).orElse(null)))
                .toList();
    }

    private List<Map<String, String>> rows(AccountRef advertiser, DateRange days, AdLevel level) {
        long advertiserId = advertiserId(advertiser);
        Checks.notNull(days, "days");
        LocalDate today = ctx.today();
        var range = DateSpans.clampEnd(days, today);
        if (range.isEmpty()) {
            return List.of();
        }
        String path = switch (level) {
            case CAMPAIGN -> "campaign";
            case AD_GROUP -> "unit";
            case CREATIVE -> "creativity";
        };
        String op = ENDPOINT + "/" + path;
        TokenManager manager = ctx.tokens().apply(advertiser.accountId());
        return ReportPages.collect(range.get(), JuguangConnector.MAX_SPAN_DAYS, MAX_PAGES, (window, page) -> {
            JuguangApi.ReportEnvelope e = ctx.runtime().read(op, manager, token -> ctx.api().offlineReport(token, path,
                    new JuguangApi.ReportRequest(advertiserId, window.start().toString(), window.end().toString(), "DAY",
                            page, JuguangConnector.PAGE_SIZE)));
            if (e == null || e.data() == null) {
                throw JuguangConnector.RESPONSES.unexpected(op, "a report without data");
            }
            List<Map<String, String>> rows = e.data().dataList() == null ? List.of() : e.data().dataList();
            long total = e.data().totalCount() == null ? rows.size() : e.data().totalCount();
            int pages = (int) Math.min(Integer.MAX_VALUE, (total + JuguangConnector.PAGE_SIZE - 1) / JuguangConnector.PAGE_SIZE);
            return new ReportPages.Page<>(rows, pages);
        });
    }

    private AdPerformance map(AccountRef advertiser, AdLevel level, Map<String, String> row) {
        try {
            LocalDate day = day(row.get("time"));
            String campaign = required(row, "campaign_id");
            String ad = switch (level) {
                case CAMPAIGN -> null;
                case AD_GROUP -> required(row, "unit_id");
                case CREATIVE -> required(row, "creativity_id");
            };
            return new AdPerformance(advertiser, campaign, ad, day, JuguangConnector.ZONE,
                    ReportCells.requiredAmount("fee", row.get("fee"), AmountUnit.YUAN, ctx.currency()),
                    ReportCells.counts(row, COUNTS));
        } catch (InvalidValueException e) {
            throw JuguangConnector.RESPONSES.unexpected(ENDPOINT, "an unreadable report row: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> row, String field) {
        return ReportCells.id(row.get(field))
                .filter(id -> !id.equals("0"))
                .orElseThrow(() -> new InvalidValueException(field, "a row without " + field));
    }

    /** {@code time} of a DAY row: {@code yyyy-MM-dd}, possibly followed by a time of day. */
    static LocalDate day(String text) {
        if (text == null || text.length() < 10) {
            throw new InvalidValueException("time", "time is not a day (was " + Checks.show(text) + ")");
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("time", "time is not a day (was " + Checks.show(text) + ")");
        }
    }

    static long advertiserId(AccountRef advertiser) {
        Checks.notNull(advertiser, "advertiser");
        if (!advertiser.platform().equals(Platform.XIAOHONGSHU)) {
            throw new InvalidValueException("advertiser", "advertiser must be a Xiaohongshu 聚光 account (was " + advertiser + ")");
        }
        return JuguangConnector.numericId("advertiser", advertiser.accountId());
    }
}
