package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorDescriptor;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.platform.Platform;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;

/** What a {@link CallListener} hears from a connector on the template, against MockWebServer on loopback. */
class CallListenerTest {
    private static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.of("acme-bot",
            Platform.of("acme-bot", "Acme bot"), Capability.NOTIFICATIONS);
    private static final ErrorTable ERRORS = ErrorTable.builder(DESCRIPTOR.platform()).codeAt("/code")
            .success("0").map(ErrorKind.INVALID_REQUEST, 2).build();

    interface Api {
        @GET("ping")
        Call<Map<String, Object>> ping();
    }

    static final class Acme extends HttpConnector {
        private final Api api;

        Acme(Builder b) {
            super(DESCRIPTOR, URI.create("https://acme.invalid/"), b, ERRORS);
            this.api = api(Api.class);
            offer(Capability.NOTIFICATIONS, (io.github.mediaops.core.connector.Notifications)
                    n -> new NotificationReceipt("r1", Instant.EPOCH));
        }

        Map<String, Object> ping() {
            return runtime().readWithoutToken("ping", api::ping);
        }

        String once(String key) {
            return runtime().once("send", key, String.class, () -> "sent-" + key);
        }
    }

    static final class Builder extends HttpConnector.Builder<Builder> {
        Builder(ConnectorConfig config) {
            super(config, "botId");
        }

        @Override
        public Acme build() {
            return new Acme(this);
        }
    }

    /** Records every event as text. */
    static final class Recorder implements CallListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void callEnded(Operation operation, Duration elapsed, int attempts, Optional<RuntimeException> failure) {
            events.add("ended " + operation.name() + " " + CallOutcome.of(failure).tag() + " after " + attempts);
        }

        @Override
        public void retrying(Operation operation, int attempt, ConnectorException cause) {
            events.add("retrying " + operation.name() + " attempt " + attempt + " after "
                    + cause.getClass().getSimpleName());
        }

        @Override
        public void rateLimitWaited(String rateKey, Duration waited, boolean permitted) {
            events.add("permit " + rateKey + " " + permitted);
        }

        @Override
        public void circuitBreakerChanged(String name, CircuitBreaker.State from, CircuitBreaker.State to) {
            events.add("breaker " + name + " " + from + " -> " + to);
        }
    }

    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectorConfig.Builder config() {
        return ConnectorConfig.builder().credentials(Credentials.builder().identifier("botId", "b1").build())
                .baseUrl(server.url("/").toString());
    }

    private static ResilienceSettings fast() {
        return ResilienceSettings.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5))
                .rateLimit(1000, Duration.ofSeconds(1)).circuitBreaker(50f, 10, 10, Duration.ofMinutes(5)).build();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void hears_each_permit_the_retry_and_one_end_per_logical_call() {
        server.enqueue(json(503, "busy"));
        server.enqueue(json(200, "{\"code\":0}"));
        Recorder recorder = new Recorder();
        try (Acme acme = new Builder(config().build()).resilience(fast()).callListener(recorder).build()) {
            acme.ping();
        }
        assertThat(recorder.events).containsExactly(
                "permit acme-bot:b1 true",
                "retrying ping attempt 2 after TransientPlatformException",
                "permit acme-bot:b1 true",
                "ended ping success after 2");
    }

    @Test
    void a_failed_call_ends_with_its_outcome_and_a_refused_permit_is_heard() {
        server.enqueue(json(200, "{\"code\":2}"));
        Recorder recorder = new Recorder();
        ResilienceSettings onePermit = fast().toBuilder().rateLimit(1, Duration.ofHours(1)).rateLimitTimeout(Duration.ZERO)
                .build();
        try (Acme acme = new Builder(config().build()).resilience(onePermit).callListener(recorder).build()) {
            assertThatThrownBy(acme::ping).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(acme::ping).isInstanceOf(RateLimitedException.class);
        }
        assertThat(recorder.events).containsExactly(
                "permit acme-bot:b1 true",
                "ended ping invalid_request after 1",
                "permit acme-bot:b1 false",
                "ended ping rate_limited after 0");
    }

    @Test
    void hears_the_circuit_breaker_open() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(json(503, "busy"));
        }
        Recorder recorder = new Recorder();
        try (Acme acme = new Builder(config().build()).resilience(fast().toBuilder().maxAttempts(1).circuitBreaker(50f, 2, 2, Duration.ofMinutes(5)).build())
                .callListener(recorder).build()) {
            assertThatThrownBy(acme::ping).isInstanceOf(TransientPlatformException.class);
            assertThatThrownBy(acme::ping).isInstanceOf(TransientPlatformException.class);
            assertThat(acme.executor().circuitBreakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        }
        assertThat(recorder.events).contains("breaker acme-bot:b1 CLOSED -> OPEN");
    }

    @Test
    void a_listener_that_throws_does_not_change_the_call() {
        server.enqueue(json(200, "{\"code\":0,\"v\":7}"));
        CallListener broken = new CallListener() {
            @Override
            public void callEnded(Operation operation, Duration elapsed, int attempts, Optional<RuntimeException> failure) {
                throw new IllegalStateException("listener bug");
            }
        };
        try (Acme acme = new Builder(config().build()).resilience(fast()).callListener(broken).build()) {
            assertThat(acme.ping()).containsEntry("v", 7);
        }
    }

    @Test
    void the_builder_takes_listener_stores_and_settings_attached_to_the_config() {
        server.enqueue(json(503, "busy"));
        Recorder recorder = new Recorder();
        InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
        ConnectorConfig config = config().attach(CallListener.class, recorder).attach(IdempotencyStore.class, store)
                .attach(ResilienceSettings.class, fast().toBuilder().maxAttempts(1).build()).build();
        assertThat(config.toString()).contains("attachments=[CallListener, IdempotencyStore, ResilienceSettings]");
        try (Acme acme = new Builder(config).build()) {
            assertThatThrownBy(acme::ping).isInstanceOf(TransientPlatformException.class);
            assertThat(acme.once("k1")).isEqualTo("sent-k1");
        }
        assertThat(recorder.events).as("one attempt: the attached settings, heard by the attached listener")
                .containsExactly("permit acme-bot:b1 true", "ended ping transient after 1");
        assertThat(store.size()).isEqualTo(1);
    }
}
