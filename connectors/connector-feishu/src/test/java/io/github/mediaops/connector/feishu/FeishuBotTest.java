package io.github.mediaops.connector.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.feishu.simulator.FeishuBotSimulator;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.NotificationReceipt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Message shapes, signing with an injected clock, and Feishu's HTTP-200 error bodies. */
class FeishuBotTest {
    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");

    private static FeishuConnector connector(FeishuBotSimulator sim, String secret, Clock clock) {
        Credentials.Builder c = Credentials.builder().identifier("bot", "team").secret("hookToken", FeishuBotSimulator.HOOK_TOKEN);
        if (secret != null) {
            c.secret("signingSecret", secret);
        }
        return FeishuConnector.builder(ConnectorConfig.builder().credentials(c.build()).baseUrl(sim.baseUrl())
                .clock(clock).build()).build();
    }

    @Test
    void text_post_and_card_have_feishus_shapes() {
        try (FeishuBotSimulator sim = new FeishuBotSimulator(); FeishuConnector c = connector(sim, null, Clock.systemUTC())) {
            c.send(FeishuMessage.text("hello"), "k1");
            c.send(FeishuMessage.post("周计划", List.of("周一 小红书 笔记", "周三 公众号 长文")), "k2");
            c.send(FeishuMessage.card("周计划", "**周一** 小红书", "green"), "k3");
            List<com.fasterxml.jackson.databind.JsonNode> d = sim.delivered();
            assertThat(d).hasSize(3);
            assertThat(d.get(0).toString()).isEqualTo("{\"msg_type\":\"text\",\"content\":{\"text\":\"hello\"}}");
            assertThat(d.get(1).at("/content/post/zh_cn/title").asText()).isEqualTo("周计划");
            assertThat(d.get(1).at("/content/post/zh_cn/content/1/0/tag").asText()).isEqualTo("text");
            assertThat(d.get(1).at("/content/post/zh_cn/content/1/0/text").asText()).isEqualTo("周三 公众号 长文");
            assertThat(d.get(2).at("/card/header/template").asText()).isEqualTo("green");
            assertThat(d.get(0).has("sign")).as("unsigned bot").isFalse();
        }
    }

    @Test
    void signed_with_the_clocks_time_and_accepted_by_an_independent_check() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (FeishuBotSimulator sim = new FeishuBotSimulator(FeishuBotSimulator.HOOK_TOKEN, "demo", clock);
             FeishuConnector c = connector(sim, "demo", clock)) {
            NotificationReceipt r = c.send(FeishuMessage.text("hi"), "k-signed");
            assertThat(r.id()).isEqualTo("k-signed");
            assertThat(r.sentAt()).isEqualTo(NOW);
            assertThat(sim.delivered()).singleElement().satisfies(m -> {
                assertThat(m.path("timestamp").asText()).isEqualTo(Long.toString(NOW.getEpochSecond()));
                assertThat(m.path("sign").asText()).isEqualTo(FeishuSigning.sign(NOW.getEpochSecond(), "demo"));
            });
        }
    }

    @Test
    void a_clock_more_than_an_hour_off_is_refused_as_19021_credentials() {
        try (FeishuBotSimulator sim = new FeishuBotSimulator(FeishuBotSimulator.HOOK_TOKEN, "demo", Clock.fixed(NOW, ZoneOffset.UTC));
             FeishuConnector c = connector(sim, "demo", Clock.fixed(NOW.minus(Duration.ofMinutes(61)), ZoneOffset.UTC))) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> c.send(FeishuMessage.text("hi"), "k"));
            assertThat(e).isInstanceOf(io.github.mediaops.core.connector.AuthenticationException.class);
            assertThat(e.platformCode()).contains("19021");
            assertThat(e.retryable()).isFalse();
            assertThat(sim.delivered()).isEmpty();
        }
    }

    @Test
    void a_wrong_secret_is_refused_and_never_appears_in_the_error_or_tostring() {
        try (FeishuBotSimulator sim = new FeishuBotSimulator(FeishuBotSimulator.HOOK_TOKEN, "right", Clock.systemUTC());
             FeishuConnector c = connector(sim, "wrong-secret-xyz", Clock.systemUTC())) {
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> c.send(FeishuMessage.text("hi"), "k"));
            assertThat(e.platformCode()).contains("19021");
            assertThat(e.toString() + e.getMessage() + c).doesNotContain("wrong-secret-xyz")
                    .doesNotContain(FeishuBotSimulator.HOOK_TOKEN);
        }
    }

    @Test
    void a_failed_send_can_be_repeated_with_the_same_key() {
        try (FeishuBotSimulator sim = new FeishuBotSimulator(); FeishuConnector c = connector(sim, null, Clock.systemUTC())) {
            sim.failNext(io.github.mediaops.connector.tck.Fault.BAD_CREDENTIALS, 1);
            catchThrowableOfType(ConnectorException.class, () -> c.send(FeishuMessage.text("hi"), "k-again"));
            c.send(FeishuMessage.text("hi"), "k-again");
            c.send(FeishuMessage.text("hi"), "k-again");
            assertThat(sim.delivered()).hasSize(1);
        }
    }

    @Test
    void error_table_types_feishus_codes() {
        assertThat(FeishuConnector.ERRORS.kindOf("open-apis/bot/v2/hook", "19024"))
                .contains(io.github.mediaops.connector.support.ErrorKind.CONTENT_REJECTED);
        assertThat(FeishuConnector.ERRORS.kindOf("open-apis/bot/v2/hook", "11232"))
                .contains(io.github.mediaops.connector.support.ErrorKind.RATE_LIMITED);
    }
}
