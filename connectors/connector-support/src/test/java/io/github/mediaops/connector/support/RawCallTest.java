package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.PUT;

/** Answers in the status line and headers (308 with Range, 204, Location) through the runtime, on loopback. */
class RawCallTest {
    private static final Platform PLATFORM = Platform.of("test-platform", "Test Platform");

    interface Api {
        @PUT("session")
        Call<ResponseBody> put();
    }

    private MockWebServer server;
    private HttpRuntime runtime;
    private Api api;
    private ApiExecutor executor;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        ConnectorConfig config = ConnectorConfig.builder().baseUrl(server.url("/").toString())
                .readTimeout(Duration.ofSeconds(2)).build();
        ErrorDecoder decoder = (op, status, retryAfter, body) -> HttpErrors.fromStatus(PLATFORM, op, status, retryAfter);
        runtime = HttpRuntime.builder(PLATFORM, java.net.URI.create("https://example.invalid/"), config).errorDecoder(decoder).build();
        api = runtime.create(Api.class);
        TokenManager tokens = new TokenManager("test:app", new InMemoryTokenStore(),
                previous -> new AccessToken(Secret.of("tok"), Instant.now().plusSeconds(3600), null), Clock.systemUTC(),
                Duration.ofSeconds(30));
        executor = new ApiExecutor("test:app", PLATFORM, tokens, ResilienceSettings.builder().maxAttempts(3)
                .initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50)).build(), decoder, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        runtime.close();
        server.close();
    }

    private String put() {
        return executor.execute(Operation.read("session", "k"), t -> RawCall.of(api.put(), s -> s == 308,
                (status, headers, body) -> status + " " + headers.get("Range") + " " + new String(body, StandardCharsets.UTF_8)));
    }

    @Test
    void a_listed_non_2xx_status_is_an_answer_read_with_its_headers() {
        server.enqueue(new MockResponse.Builder().code(308).addHeader("Range", "bytes=0-262143").build());
        assertThat(put()).isEqualTo("308 bytes=0-262143 ");
    }

    @Test
    void a_2xx_without_a_body_is_read_as_empty() {
        server.enqueue(new MockResponse.Builder().code(204).build());
        assertThat(put()).isEqualTo("204 null ");
        server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"v1\"}").build());
        assertThat(put()).isEqualTo("200 null {\"id\":\"v1\"}");
    }

    @Test
    void any_other_status_goes_to_the_runtime_and_is_typed_and_retried_as_usual() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(308).build());
        assertThat(put()).isEqualTo("308 null ");
        assertThat(server.getRequestCount()).isEqualTo(2);
        server.enqueue(new MockResponse.Builder().code(404).body("gone").build());
        assertThatThrownBy(this::put).isInstanceOf(NotFoundException.class);
    }
}
