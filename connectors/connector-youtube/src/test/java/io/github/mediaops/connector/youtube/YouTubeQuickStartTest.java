package io.github.mediaops.connector.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.youtube.simulator.YouTubeSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.connector.tck.ManualClock;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quick start (and the snippet offered for the weekly review), run as written against the simulator. */
class YouTubeQuickStartTest {

    @Test
    void the_readme_quick_start_runs_against_the_simulator() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-06T02:00:00Z")); // the snippet uses the system clock
        try (YouTubeSimulator sim = YouTubeSimulator.builder().clock(clock).build()) {
            String channel = "UC_x5XG1OV2P6uZZ5FSM9Ttw";
            sim.addChannel(channel, "Brand channel", 12_300, false);
            sim.putChannelDay(channel, LocalDate.now(clock.withZone(YouTubeConnector.ZONE)).minusDays(1), 42, 3);
            ConnectorConfig config = ConnectorConfig.builder().baseUrl(sim.baseUrl()).clock(clock)
                    .credentials(Credentials.builder().identifier("clientId", sim.clientId())
                            .secret("clientSecret", sim.clientSecret()).build()).build();
            try (YouTubeConnector yt = YouTubeConnector.builder(config).redirectUri(URI.create("https://ops.example.com/oauth")).build()) {
                AccountRef ch = AccountRef.of(Platform.YOUTUBE, yt.authorize(sim.authorizationCode(channel)).account());
                LocalDate today = LocalDate.now(clock.withZone(YouTubeConnector.ZONE));
                List<AudienceMetrics> week = yt.audienceMetrics().audienceMetrics(ch, DateRange.of(today.minusDays(6), today));
                assertThat(week).hasSize(2);
                assertThat(week.get(0).netFollowers()).hasValue(39);
                assertThat(week.get(1).count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(12_300);
                assertThat(yt.quota().unitsUsed()).as("channels.list of today's total").isEqualTo(1);
                assertThat(yt.quota().unitsLimit()).isEqualTo(10_000);
            }
        }
    }
}
