package io.github.mediaops.examples.tour;

import io.github.mediaops.connector.douyin.DouyinConnector;
import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The Douyin connector against the Douyin simulator on 127.0.0.1: the host hands over the user's
 * authorisation code, the connector keeps that account's token, reads per-video daily series and daily fans
 * (Asia/Shanghai, T+1), and verifies a signed webhook push.
 */
public final class DouyinTour {
    private static final String OPEN_ID = "tour-open-id";
    private static final String ITEM = "@tour+video/1==";

    private DouyinTour() {
    }

    public static void run(PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC); // 10:00 in Beijing
        LocalDate today = LocalDate.now(clock.withZone(DouyinConnector.ZONE));
        try (DouyinSimulator sim = DouyinSimulator.builder().clock(clock).build()) {
            sim.addVideo(OPEN_ID, ITEM, today.minusDays(6).atStartOfDay(DouyinConnector.ZONE).toInstant(), "秋季新品开箱 #开箱");
            for (int d = 1; d <= 5; d++) {
                sim.putDaily(OPEN_ID, ITEM, today.minusDays(d), 12_000L / d, 900L / d, 60L / d, d == 1 ? null : 30L / d);
                sim.putFans(OPEN_ID, today.minusDays(d), 150L / d, 48_000L - 10L * d);
            }
            ConnectorConfig config = ConnectorConfig.builder()
                    .credentials(Credentials.builder().identifier("clientKey", sim.clientKey())
                            .secret("clientSecret", sim.clientSecret()).build())
                    .baseUrl(sim.baseUrl()).clock(clock).build();
            try (DouyinConnector douyin = DouyinConnector.builder(config).build()) {
                UserGrant grant = douyin.authorize(sim.authorizationCode(OPEN_ID)); // the code from the host's redirect URI
                out.println("authorised " + grant);
                AccountRef account = AccountRef.of(Platform.DOUYIN, grant.account());
                DateRange days = DateRange.of(today.minusDays(3), today); // today is not reported yet (T+1)
                for (ContentMetrics m : douyin.contentMetrics().contentMetrics(account, days)) {
                    out.println(m.day() + " " + m.postId() + ": plays " + m.count(Metric.VIEWS).orElseThrow() + ", likes "
                            + m.count(Metric.LIKES).orElseThrow() + ", shares "
                            + (m.has(Metric.SHARES) ? m.count(Metric.SHARES).getAsLong() : "absent"));
                }
                for (AudienceMetrics a : douyin.audienceMetrics().audienceMetrics(account, days)) {
                    out.println(a.day() + " fans " + a.count(AudienceMetric.FOLLOWERS_TOTAL).orElseThrow() + " (+"
                            + a.count(AudienceMetric.NEW_FOLLOWERS).orElseThrow() + ")");
                }
                WebhookResult push = douyin.webhooks().handle(sim.push("item_comment_reply", "{\"comment_id\":\"c-1\",\"content\":\"好看\"}"));
                out.println("signed push: " + push.events().size() + " event " + push.events().get(0));
            }
        }
    }
}
