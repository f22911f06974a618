package io.github.mediaops.connector.trello;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.connector.trello.simulator.TrelloSimulator;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.AccountRef;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The kit against the Trello simulator, plus the notification-to-card mapping. */
class TrelloConnectorContractTest extends ConnectorContractKit {
    static final String PLANNED = TrelloSimulator.LISTS.get("Planned");

    @Override
    protected SimulatorControl startSimulator() {
        return new TrelloSimulator();
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        return TrelloConnector.builder(config(simulator, readTimeout))
                .resilience(KitResilience.fastRetries())
                .build();
    }

    static ConnectorConfig config(SimulatorControl simulator, Duration readTimeout) {
        return ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier("workspace", "content-team")
                        .secret("apiKey", TrelloSimulator.API_KEY).secret("token", TrelloSimulator.TOKEN).build())
                .baseUrl(simulator.baseUrl())
                .readTimeout(readTimeout)
                .build();
    }

    @Override
    protected boolean usesTokens() {
        return false;
    }

    @Override
    protected ContractFixture fixture(SimulatorControl simulator) {
        return ContractFixture.builder(AccountRef.of(TrelloConnectorProvider.TRELLO, "content-team"))
                .notification(new Notification(PLANNED, "小红书 笔记: 冬季穿搭", "周一 10:00 发布", "kit-card-1"))
                .build();
    }

    @Test
    void a_notification_becomes_one_card_in_the_destination_list() {
        TrelloSimulator sim = (TrelloSimulator) simulator();
        Notification n = new Notification(PLANNED, "公众号 长文: 年终复盘", "负责人 王五", "entry-42");
        NotificationReceipt first = connector().notifications().send(n);
        NotificationReceipt again = connector().notifications().send(n);
        assertThat(again).isEqualTo(first);
        assertThat(sim.cards()).singleElement().satisfies(c -> {
            assertThat(c.path("id").asText()).isEqualTo(first.id());
            assertThat(c.path("idList").asText()).isEqualTo(PLANNED);
            assertThat(c.path("name").asText()).isEqualTo("公众号 长文: 年终复盘");
            assertThat(c.path("desc").asText()).isEqualTo("负责人 王五");
        });
    }
}
