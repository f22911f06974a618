package io.github.mediaops.connector.douyin;

import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.connector.support.ResilienceSettings;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

final class DouyinTestSupport {
    static final String OPEN_ID = "_000aBcD-open-id";
    static final String ITEM = "@8hxdhauTCMppanGnM4ltGM780mDqPP+KPpR0qQOmLVAXb/T060zdRmYqig357zEBq6CZRp4NVe6qLIJW/V/x1w==";

    private DouyinTestSupport() {
    }

    static ResilienceSettings fastRetries() {
        return ResilienceSettings.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(20)).maxBackoff(Duration.ofMillis(100))
                .maxRetryAfter(Duration.ofSeconds(2)).rateLimit(1000, Duration.ofSeconds(1)).build();
    }

    static ConnectorConfig config(URI baseUrl, String key, String secret, Clock clock, Duration readTimeout) {
        return ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier("clientKey", key).secret("clientSecret", secret).build())
                .baseUrl(baseUrl).readTimeout(readTimeout).clock(clock).build();
    }

    static DouyinConnector connector(DouyinSimulator sim, Clock clock, Duration readTimeout) {
        return DouyinConnector.builder(config(sim.baseUrl(), sim.clientKey(), sim.clientSecret(), clock, readTimeout))
                .resilience(fastRetries()).build();
    }

    /** One video created 10 days before {@code today} with 30 days of series (plays 1000+d, likes 100+d, comments 10+d, shares d) and fans. */
    static void seed(DouyinSimulator sim, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(DouyinSimulator.SHANGHAI));
        Instant created = today.minusDays(10).atStartOfDay(DouyinSimulator.SHANGHAI).toInstant();
        sim.addVideo(OPEN_ID, ITEM, created, "测试视频 #测试话题 @抖音小助手");
        for (int d = 1; d <= 30; d++) {
            LocalDate day = today.minusDays(d);
            sim.putDaily(OPEN_ID, ITEM, day, 1000L + d, 100L + d, 10L + d, (long) d);
            sim.putFans(OPEN_ID, day, 5L + d, 10_000L - d);
        }
    }
}
