package io.github.mediaops.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.wechat.WeChatConnector;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.WebhookRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** The webhook helper on Spring's mock servlet request: URL check, size limit, events. */
class ConnectorWebhookHandlerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T04:00:00Z"), ZoneOffset.UTC);
    private WeChatSimulator sim;
    private MediaOpsConnectors connectors;
    private final List<Object> published = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = WeChatSimulator.builder().clock(CLOCK).app("wx1", "app-secret").push("pushtoken", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")
                .build();
        ConnectorConfig config = ConnectorConfig.builder().baseUrl(sim.baseUrl()).clock(CLOCK)
                .credentials(Credentials.builder().identifier("appId", "wx1").secret("appSecret", "app-secret")
                        .secret("token", "pushtoken").build()).build();
        connectors = new MediaOpsConnectors(Map.of("wechat", WeChatConnector.builder(config).build()), Map.of());
    }

    @AfterEach
    void stop() {
        connectors.close();
        sim.close();
    }

    private static MockHttpServletRequest servlet(WebhookRequest push) {
        MockHttpServletRequest r = new MockHttpServletRequest(push.method(), "/wechat");
        StringBuilder q = new StringBuilder();
        push.query().forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        r.setQueryString(q.toString());
        push.headers().forEach(r::addHeader);
        r.setContent(push.body());
        return r;
    }

    @Test
    void answers_the_url_check_with_the_echo_and_publishes_nothing() throws Exception {
        ConnectorWebhookHandler handler = new ConnectorWebhookHandler(connectors, published::add, 1024);
        ResponseEntity<byte[]> r = handler.handle("wechat", servlet(sim.pushes().urlVerification("echo-4711")));
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(r.getBody(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("echo-4711");
        assertThat(published).isEmpty();
    }

    @Test
    void a_body_over_the_limit_is_refused_unread_by_the_connector() throws Exception {
        WebhookRequest push = sim.pushes().textMessage("oUser", "x".repeat(400), false);
        ConnectorWebhookHandler small = new ConnectorWebhookHandler(connectors, published::add, push.bodyLength() - 1);
        assertThat(small.handle("wechat", servlet(push)).getStatusCode().value()).isEqualTo(413);
        assertThat(published).isEmpty();

        ConnectorWebhookHandler exact = new ConnectorWebhookHandler(connectors, published::add, push.bodyLength());
        assertThat(exact.handle("wechat", servlet(push)).getStatusCode().value()).isEqualTo(200);
        assertThat(published).singleElement().isInstanceOf(ConnectorWebhookEvent.class);
    }
}
