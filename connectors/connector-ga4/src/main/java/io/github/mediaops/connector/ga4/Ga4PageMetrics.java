package io.github.mediaops.connector.ga4;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ContentMetricsReader;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A website's pages as content ({@code CONTENT_METRICS}): one daily snapshot per {@code pagePath} with views
 * ({@code screenPageViews}), unique viewers ({@code totalUsers}) and conversions ({@code keyEvents}), every page of
 * the report read.
 */
final class Ga4PageMetrics implements ContentMetricsReader {
    static final Map<String, Metric> METRICS = Map.of("screenPageViews", Metric.VIEWS, "totalUsers", Metric.UNIQUE_VIEWERS,
            "keyEvents", Metric.CONVERSIONS);

    private final Ga4Connector connector;

    Ga4PageMetrics(Ga4Connector connector) {
        this.connector = connector;
    }

    @Override
    public List<ContentMetrics> contentMetrics(AccountRef account, DateRange days) {
        connector.checkAccount(account);
        Ga4ReportRequest request = Ga4ReportRequest.builder(Checks.notNull(days, "days"))
                .dimensions("date", "pagePath").metrics("screenPageViews", "totalUsers", "keyEvents")
                .orderByDimension("date", false).orderByDimension("pagePath", false).build();
        Ga4Report report = connector.runReportAllRows(request, Ga4Connector.MAX_ROWS);
        ZoneId zone = report.timeZone().orElse(connector.zone());
        Instant asOf = connector.clock().instant();
        List<ContentMetrics> out = new ArrayList<>();
        for (Ga4Row row : report.rows()) {
            ContentMetrics m = ContentMetrics.daily(Ga4Errors.PLATFORM, row.dimension("pagePath"),
                    Ga4Mapping.day(Ga4Connector.RUN_REPORT, row.dimension("date")), zone, asOf);
            for (Map.Entry<String, Metric> e : METRICS.entrySet()) {
                Ga4Value v = row.metrics().get(e.getKey());
                if (v != null) {
                    m = m.with(e.getValue(), v.asLong());
                }
            }
            out.add(m);
        }
        return out;
    }
}
