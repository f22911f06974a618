package io.github.mediaops.connector.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.feishu.simulator.FeishuBotSimulator;
import io.github.mediaops.connector.tck.ConnectorContractKit;
import io.github.mediaops.connector.tck.ContractFixture;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.SimulatorControl;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.AccountRef;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The kit against a signing bot on the simulator, plus the notification mapping. */
class FeishuConnectorContractTest extends ConnectorContractKit {
    static final String SECRET = "SEC-kit-demo";

    @Override
    protected SimulatorControl startSimulator() {
        return new FeishuBotSimulator(FeishuBotSimulator.HOOK_TOKEN, SECRET, Clock.systemUTC());
    }

    @Override
    protected PlatformConnector connect(SimulatorControl simulator, Duration readTimeout) {
        return FeishuConnector.builder(config(simulator, readTimeout))
                .resilience(KitResilience.fastRetries())
                .build();
    }

    static ConnectorConfig config(SimulatorControl simulator, Duration readTimeout) {
        return ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier("bot", "ops-alerts")
                        .secret("hookToken", FeishuBotSimulator.HOOK_TOKEN).secret("signingSecret", SECRET).build())
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
        return ContractFixture.builder(AccountRef.of(FeishuConnectorProvider.FEISHU, "ops-alerts"))
                .notification(new Notification("ops-alerts", "日报", "昨日阅读 **12,408**", "kit-notify-1"))
                .build();
    }

    @Test
    void a_notification_arrives_once_as_a_signed_card() {
        FeishuBotSimulator sim = (FeishuBotSimulator) simulator();
        Notification n = new Notification("ops-alerts", "危机预警", "负面评论激增 3.2σ", "alert-2026-12-06-1");
        connector().notifications().send(n);
        connector().notifications().send(n);
        assertThat(sim.delivered()).singleElement().satisfies(m -> {
            assertThat(m.path("msg_type").asText()).isEqualTo("interactive");
            assertThat(m.at("/card/header/title/content").asText()).isEqualTo("危机预警");
            assertThat(m.at("/card/elements/0/text/tag").asText()).isEqualTo("lark_md");
            assertThat(m.at("/card/elements/0/text/content").asText()).isEqualTo("负面评论激增 3.2σ");
            assertThat(m.path("sign").asText()).isNotEmpty();
            assertThat(m.has("content")).as("card JSON goes under card, not content").isFalse();
        });
    }

    @Test
    void a_destination_other_than_the_bot_is_refused_naming_the_field() {
        assertThatThrownBy(() -> connector().notifications().send(new Notification("other-bot", "t", "b", "k-1")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("destination").hasMessageContaining("other-bot");
        assertThat(((FeishuBotSimulator) simulator()).delivered()).isEmpty();
    }
}
