package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Connectors;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WeChatDiscoveryTest {

    @Test
    void service_loader_discovers_the_wechat_provider() {
        Connectors connectors = Connectors.discover();
        assertThat(connectors.ids()).contains("wechat-oa");
        assertThat(connectors.provider("wechat-oa").descriptor().platform()).isEqualTo(Platform.WECHAT_OFFICIAL_ACCOUNT);
    }

    @Test
    void discovered_provider_creates_a_working_connector() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             PlatformConnector c = Connectors.discover().create("wechat-oa", WeChatTestSupport.config(sim, Duration.ofSeconds(5)))) {
            assertThat(c.audienceMetrics().audienceMetrics(WeChatTestSupport.account(sim), WeChatTestSupport.lastDays(1))).isNotEmpty();
        }
    }

    @Test
    void missing_app_secret_is_named_without_any_value() {
        ConnectorConfig config = ConnectorConfig.builder().credentials(
                io.github.mediaops.core.connector.Credentials.builder().identifier("appId", "wx1").build()).build();
        assertThatThrownBy(() -> new WeChatConnectorProvider().create(config)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("appSecret");
    }
}
