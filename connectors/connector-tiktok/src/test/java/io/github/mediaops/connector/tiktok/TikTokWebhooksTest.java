package io.github.mediaops.connector.tiktok;

import static io.github.mediaops.connector.tiktok.TikTokTestSupport.OPEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tiktok.simulator.TikTokSimulator;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.publish.PublishStatus;
import io.github.mediaops.core.publish.PublishTicket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikTokWebhooksTest {
    /** platform-apis.md §11: client secret, t and body of the TikTok-Signature reference vector. */
    private static final String VECTOR_SECRET = "secret123";
    private static final long VECTOR_T = 1633174587L;
    private static final String VECTOR_BODY = "{\"event\":\"verify_webhook\",\"client_key\":\"abc\",\"content\":{\"challenge\":12345}}";
    private static final String VECTOR_SIGNATURE = "3a740cd901599ac5f08c9242fd07a2b4666af3acf8a63e049bb515c3468e413f";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-20T04:00:00Z"));
    private final TikTokSimulator sim = TikTokSimulator.builder().clock(clock).build();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        sim.close();
    }

    private static WebhookRequest request(String signatureHeader, String body) {
        return new WebhookRequest("POST", Map.of(), Map.of("TikTok-Signature", signatureHeader),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_reference_vector_verifies_and_one_changed_byte_does_not() {
        ManualClock then = new ManualClock(Instant.ofEpochSecond(VECTOR_T + 30));
        ConnectorConfig config = ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier("clientKey", "abc").secret("clientSecret", VECTOR_SECRET).build())
                .clock(then).build();
        try (TikTokConnector c = TikTokConnector.builder(config).build()) {
            WebhookResult r = c.webhooks().handle(request("t=" + VECTOR_T + ",s=" + VECTOR_SIGNATURE, VECTOR_BODY));
            assertThat(r.response().status()).isEqualTo(200);
            assertThat(r.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.Other.class,
                    o -> assertThat(o.type()).isEqualTo("verify_webhook"));
            AuthenticationException forged = catchThrowableOfType(AuthenticationException.class, () -> c.webhooks()
                    .handle(request("t=" + VECTOR_T + ",s=" + VECTOR_SIGNATURE, VECTOR_BODY.replace("12345", "12346"))));
            assertThat(forged).hasMessageContaining("does not match");
            assertThat(forged.toString()).doesNotContain(VECTOR_SECRET);
        }
    }

    @Test
    void stale_unsigned_and_foreign_pushes_are_refused() {
        try (TikTokConnector c = TikTokTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build()) {
            WebhookRequest push = sim.push("authorization.removed", OPEN_ID, "{\"reason\": 1 }");
            clock.advance(Duration.ofMinutes(6));
            assertThat(catchThrowableOfType(AuthenticationException.class, () -> c.webhooks().handle(push)))
                    .hasMessageContaining("replay window");
            clock.advance(Duration.ofMinutes(-6));
            assertThat(catchThrowableOfType(AuthenticationException.class, () -> c.webhooks().handle(
                    new WebhookRequest("POST", Map.of(), Map.of(), push.body())))).hasMessageContaining("TikTok-Signature");
            byte[] other = "{\"client_key\":\"someone-else\",\"event\":\"authorization.removed\",\"create_time\":1,\"user_openid\":\"x\",\"content\":\"{}\"}"
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(catchThrowableOfType(AuthenticationException.class, () -> c.webhooks().handle(
                    sim.signed(clock.instant().getEpochSecond(), other)))).hasMessageContaining("someone-else");
        }
    }

    @Test
    void a_body_over_the_configured_limit_is_refused_before_it_is_read() {
        ConnectorConfig config = TikTokTestSupport.config(sim.baseUrl(), sim.clientKey(), sim.clientSecret(), clock,
                Duration.ofSeconds(5)).toBuilder().option("maxPushBytes", "1024").build();
        try (TikTokConnector c = TikTokConnector.builder(config).build()) {
            WebhookRequest big = sim.push("authorization.removed", OPEN_ID, "{\"reason\": \"" + "x".repeat(2000) + "\"}");
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> c.webhooks().handle(big));
            assertThat(e).hasMessageContaining("maxPushBytes");
        }
    }

    @Test
    void a_repeated_event_is_acknowledged_once_with_events_even_when_resigned() {
        try (TikTokConnector c = TikTokTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build()) {
            WebhookRequest push = sim.push("authorization.removed", OPEN_ID, "{\"reason\": 1 }");
            assertThat(c.webhooks().handle(push).events()).singleElement().isInstanceOf(WebhookEvent.Other.class);
            clock.advance(Duration.ofSeconds(40)); // TikTok's retry: the same event, signed again at a later t
            WebhookResult again = c.webhooks().handle(sim.signed(clock.instant().getEpochSecond(), push.body()));
            assertThat(again.response().status()).isEqualTo(200);
            assertThat(again.events()).isEmpty();
        }
    }

    @Test
    void a_publish_event_about_our_post_moves_its_ticket() throws Exception {
        TikTokTestSupport.seed(sim, clock);
        try (TikTokConnector c = TikTokTestSupport.authorized(sim, TikTokTestSupport.builder(sim, clock, Duration.ofSeconds(5))
                .postSettings(TikTokPostSettings.directPost(PrivacyLevel.PUBLIC_TO_EVERYONE)))) {
            PublishTicket t = c.publishing().publish(TikTokTestSupport.request("k-hook", "Hook test",
                    TikTokTestSupport.video(dir, "hook.mp4", 3_000, Duration.ofSeconds(20))));
            WebhookResult r = c.webhooks().handle(sim.push("post.publish.publicly_available", OPEN_ID,
                    "{\"publish_id\":\"" + t.ticketId() + "\",\"publish_type\":\"DIRECT_PUBLISH\",\"post_id\":\"7390000000000000001\"}"));
            assertThat(r.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.PublishCompleted.class, e -> {
                assertThat(e.ticket().status()).isEqualTo(PublishStatus.PUBLISHED);
                assertThat(e.ticket().live().orElseThrow().postId()).isEqualTo("7390000000000000001");
                assertThat(e.ticket().live().orElseThrow().url().toString())
                        .isEqualTo("https://www.tiktok.com/@brand.global/video/7390000000000000001");
            });
            assertThat(c.publishing().publish(TikTokTestSupport.request("k-hook", "Hook test",
                    TikTokTestSupport.video(dir, "hook.mp4", 3_000, Duration.ofSeconds(20)))).status())
                    .as("the key now answers with the moved ticket").isEqualTo(PublishStatus.PUBLISHED);
        }
    }
}
