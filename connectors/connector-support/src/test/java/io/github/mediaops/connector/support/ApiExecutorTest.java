package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** The runtime against a real HTTP server on loopback (MockWebServer): decoding, retries, tokens, breaker. */
class ApiExecutorTest {
    private static final Platform PLATFORM = Platform.of("test-platform", "Test Platform");

    interface Api {
        @GET("thing")
        Call<Map<String, Object>> thing(@Query("access_token") String token);

        @POST("create")
        Call<Map<String, Object>> create(@Query("access_token") String token);

        @POST("collect")
        Call<Void> collect();
    }

    /** Errors as {"err": N} on any status; 1 = token expired, 2 = invalid. */
    private static final ErrorDecoder DECODER = (op, status, retryAfter, body) -> {
        String s = new String(body, StandardCharsets.UTF_8);
        ErrorDetails d = ErrorDetails.builder(PLATFORM).operation(op).httpStatus(status).build();
        if (s.contains("\"err\":1")) {
            return Optional.of(new AuthenticationException("expired", d, true));
        }
        if (s.contains("\"err\":2")) {
            return Optional.of(new InvalidRequestException("invalid", d));
        }
        return HttpErrors.fromStatus(PLATFORM, op, status, retryAfter);
    };

    private MockWebServer server;
    private HttpRuntime runtime;
    private Api api;
    private final AtomicInteger fetches = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        ConnectorConfig config = ConnectorConfig.builder().baseUrl(server.url("/").toString())
                .readTimeout(Duration.ofMillis(500)).build();
        runtime = HttpRuntime.builder(PLATFORM, java.net.URI.create("https://example.invalid/"), config).errorDecoder(DECODER).build();
        api = runtime.create(Api.class);
    }

    @AfterEach
    void stop() {
        runtime.close();
        server.close();
    }

    private ApiExecutor executor(ResilienceSettings settings) {
        TokenManager tokens = new TokenManager("test:app", new InMemoryTokenStore(),
                previous -> new AccessToken(Secret.of("tok-" + fetches.incrementAndGet()), Instant.now().plusSeconds(3600), null),
                Clock.systemUTC(), Duration.ofSeconds(30));
        return new ApiExecutor("test:app", PLATFORM, tokens, settings, DECODER, Clock.systemUTC());
    }

    private static ResilienceSettings fast() {
        return ResilienceSettings.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50))
                .rateLimit(1000, Duration.ofSeconds(1)).build();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void a_token_fetch_nested_in_a_call_shares_its_attempt_budget() {
        for (int i = 0; i < 20; i++) {
            server.enqueue(json(503, "busy"));
        }
        ApiExecutor[] holder = new ApiExecutor[1];
        TokenManager tokens = new TokenManager("test:app", new InMemoryTokenStore(), previous -> {
            Map<String, Object> r = holder[0].executeWithoutToken(Operation.read("token", "k"), () -> api.thing("none"));
            return new AccessToken(Secret.of(String.valueOf(r.get("t"))), Instant.now().plusSeconds(3600), null);
        }, Clock.systemUTC(), Duration.ofSeconds(30));
        holder[0] = new ApiExecutor("test:app", PLATFORM, tokens, fast(), DECODER, Clock.systemUTC());
        assertThatThrownBy(() -> holder[0].execute(Operation.read("thing", "k"), t -> api.thing(t)))
                .isInstanceOf(TransientPlatformException.class);
        assertThat(server.getRequestCount()).as("3 attempts in all, not 3 token tries in each of 3 attempts").isEqualTo(3);
    }

    @Test
    void a_204_is_success_for_a_call_declared_void_and_an_empty_response_for_any_other() {
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(new MockResponse.Builder().code(204).build());
        ApiExecutor executor = executor(fast());
        assertThat(executor.executeWithoutToken(Operation.create("collect", "k"), () -> api.collect())).isNull();
        assertThatThrownBy(() -> executor.executeWithoutToken(Operation.read("thing", "k"), () -> api.thing("none")))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("empty body");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retries_5xx_and_succeeds() {
        server.enqueue(json(503, "oops"));
        server.enqueue(json(502, "oops"));
        server.enqueue(json(200, "{\"ok\":true}"));
        Map<String, Object> r = executor(fast()).execute(Operation.read("thing", "k"), t -> api.thing(t));
        assertThat(r).containsEntry("ok", true);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void waits_at_least_the_retry_after_the_platform_sent() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
        server.enqueue(json(200, "{\"ok\":true}"));
        long start = System.nanoTime();
        executor(fast()).execute(Operation.read("thing", "k"), t -> api.thing(t));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void does_not_wait_for_a_retry_after_beyond_the_configured_maximum() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
        assertThatThrownBy(() -> executor(fast()).execute(Operation.read("thing", "k"), t -> api.thing(t)))
                .isInstanceOf(RateLimitedException.class)
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).hasValue(Duration.ofHours(1)));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void create_calls_are_not_retried_by_the_runtime() {
        server.enqueue(json(503, "oops"));
        server.enqueue(json(200, "{\"ok\":true}"));
        assertThatThrownBy(() -> executor(fast()).execute(Operation.create("create", "k"), t -> api.create(t)))
                .isInstanceOf(TransientPlatformException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a_timed_out_create_is_reported_as_ambiguous() {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(2, java.util.concurrent.TimeUnit.SECONDS).body("{}").build());
        assertThatThrownBy(() -> executor(fast()).execute(Operation.create("create", "k"), t -> api.create(t)))
                .isInstanceOf(AmbiguousOutcomeException.class).hasMessageContaining("may have been applied")
                .extracting(t -> ((AmbiguousOutcomeException) t).retryable()).isEqualTo(false);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void errors_in_a_200_body_are_decoded_and_invalid_requests_not_retried() {
        server.enqueue(json(200, "{\"err\":2}"));
        assertThatThrownBy(() -> executor(fast()).execute(Operation.read("thing", "k"), t -> api.thing(t)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void expired_token_is_refreshed_once_and_retried_once_then_fails() throws Exception {
        ApiExecutor ex = executor(fast());
        server.enqueue(json(200, "{\"err\":1}"));
        server.enqueue(json(200, "{\"ok\":1}"));
        ex.execute(Operation.read("thing", "k"), t -> api.thing(t));
        assertThat(server.takeRequest().getUrl().queryParameter("access_token")).isEqualTo("tok-1");
        assertThat(server.takeRequest().getUrl().queryParameter("access_token")).isEqualTo("tok-2");
        server.enqueue(json(200, "{\"err\":1}"));
        server.enqueue(json(200, "{\"err\":1}"));
        server.enqueue(json(200, "{\"ok\":1}"));
        assertThatThrownBy(() -> ex.execute(Operation.read("thing", "k"), t -> api.thing(t)))
                .isInstanceOf(AuthenticationException.class);
        assertThat(server.getRequestCount()).as("no refresh loop").isEqualTo(4);
        assertThat(fetches).hasValue(3);
    }

    @Test
    void malformed_json_is_an_unexpected_response_without_body_text() {
        server.enqueue(json(200, "{\"access_token\":\"LEAKME"));
        assertThatThrownBy(() -> executor(fast()).execute(Operation.read("thing", "k"), t -> api.thing(t)))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("malformed JSON")
                .hasMessageNotContaining("LEAKME");
    }

    @Test
    void circuit_breaker_opens_after_transient_failures_and_fails_fast() {
        ResilienceSettings s = fast().toBuilder().maxAttempts(1).circuitBreaker(50, 4, 4, Duration.ofMinutes(1)).build();
        ApiExecutor ex = executor(s);
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(503, "down"));
        }
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> ex.execute(Operation.read("thing", "k"), t -> api.thing(t)))
                    .isInstanceOf(TransientPlatformException.class);
        }
        int before = server.getRequestCount();
        assertThatThrownBy(() -> ex.execute(Operation.read("thing", "k"), t -> api.thing(t)))
                .isInstanceOf(TransientPlatformException.class).hasMessageContaining("circuit breaker");
        assertThat(server.getRequestCount()).isEqualTo(before);
        assertThat(ex.circuitBreakerRegistry().circuitBreaker("test:app").getState().name()).isEqualTo("OPEN");
    }
}
