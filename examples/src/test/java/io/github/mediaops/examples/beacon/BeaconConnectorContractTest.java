package io.github.mediaops.examples.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.ResilienceSettings;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.AccountRef;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The worked example of {@code connectors/CONNECTORS.md}: a notifications-only connector through the kit. */
class BeaconConnectorContractTest extends ConnectorContractKit {

    @Override
    protected SimulatorControl startSimulator() {
        return new BeaconSimulator();
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        ConnectorConfig config = ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier("clientId", BeaconSimulator.CLIENT_ID)
                        .secret("clientSecret", BeaconSimulator.CLIENT_SECRET).build())
                .baseUrl(simulator.baseUrl())
                .readTimeout(readTimeout)
                .build();
        return BeaconConnector.builder(config)
                .resilience(ResilienceSettings.builder().initialBackoff(Duration.ofMillis(20))
                        .maxBackoff(Duration.ofMillis(100)).maxRetryAfter(Duration.ofSeconds(2)).build())
                .build();
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        return ContractFixture.builder(AccountRef.of(BeaconConnectorProvider.BEACON, BeaconSimulator.CLIENT_ID))
                .notification(new Notification("ops-alerts", "日报", "昨日阅读 12,408", "kit-notify-1"))
                .build();
    }

    @Test
    void a_notification_arrives_once_with_its_channel_title_and_text() {
        BeaconSimulator sim = (BeaconSimulator) simulator();
        Notification n = new Notification("ops-alerts", "日报", "昨日阅读 12,408", "report-2026-12-05");
        connector().notifications().send(n);
        connector().notifications().send(n);
        assertThat(sim.delivered()).singleElement().satisfies(m -> {
            assertThat(m.path("channel").asText()).isEqualTo("ops-alerts");
            assertThat(m.path("title").asText()).isEqualTo("日报");
            assertThat(m.path("text").asText()).isEqualTo("昨日阅读 12,408");
        });
    }
}
