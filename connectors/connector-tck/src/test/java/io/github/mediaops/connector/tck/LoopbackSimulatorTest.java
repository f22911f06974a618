package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoopbackSimulatorTest {

    /** A simulator whose {@code /token} requests are token requests, not API requests. */
    static final class Echo extends LoopbackSimulator {
        final AtomicInteger tokens = new AtomicInteger();

        Echo() {
            start();
        }

        @Override
        protected boolean countsAsApiRequest(HttpExchange ex) {
            return !ex.getRequestURI().getPath().startsWith("/token");
        }

        @Override
        protected void handle(HttpExchange ex) throws IOException {
            if (ex.getRequestURI().getPath().startsWith("/token")) {
                tokens.incrementAndGet();
                reply(ex, 200, "application/json", "{\"token\":\"t\"}");
                return;
            }
            logRequest(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            Fault fault = nextFault();
            if (fault != null && answerFault(ex, fault, f -> "{\"code\":\"" + f + "\"}", "{\"a\":", () -> { })) {
                return;
            }
            reply(ex, 200, "application/json", "{\"ok\":true}");
        }

        @Override
        public int tokenRequests() {
            return tokens.get();
        }
    }

    /** A simulator that names its token endpoint instead of counting token requests itself. */
    static final class AppToken extends LoopbackSimulator {
        AppToken() {
            tokenEndpointAt("/cgi-bin/token");
            start();
        }

        @Override
        protected void handle(HttpExchange ex) throws IOException {
            reply(ex, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                    .put("path", ex.getRequestURI().getPath()));
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRequestLogKeepsWhatTheSimulatorLoggedInOrder() throws Exception {
        try (Echo sim = new Echo()) {
            assertThat(sim.requestLog()).isEmpty();
            get(sim.baseUrl().resolve("api/a"));
            get(sim.baseUrl().resolve("token"));
            get(sim.baseUrl().resolve("api/b"));
            assertThat(sim.requestLog()).containsExactly("GET /api/a", "GET /api/b");
            assertThatThrownBy(() -> sim.requestLog().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void tokenRequestsAreNotApiRequestsAndFaultsAnswerInTheNativeShape() throws Exception {
        try (Echo sim = new Echo()) {
            sim.failNext(Fault.RATE_LIMITED, 1);

            assertThat(get(sim.baseUrl().resolve("token")).body()).isEqualTo("{\"token\":\"t\"}");
            assertThat(get(sim.baseUrl().resolve("api")).body()).isEqualTo("{\"code\":\"RATE_LIMITED\"}");
            assertThat(get(sim.baseUrl().resolve("api")).body()).isEqualTo("{\"ok\":true}");

            assertThat(sim.tokenRequests()).isEqualTo(1);
            assertThat(sim.apiRequests()).isEqualTo(2);
        }
    }

    @Test
    void nullFaultsAndDelaysAreRefusedByName() {
        try (Echo sim = new Echo()) {
            assertThatThrownBy(() -> sim.failNext(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("fault");
            assertThatThrownBy(() -> sim.failAfter(1, null)).isInstanceOf(NullPointerException.class).hasMessage("fault");
            assertThatThrownBy(() -> sim.slowness(null)).isInstanceOf(NullPointerException.class).hasMessage("delay");
        }
    }

    @Test
    void aNamedTokenEndpointIsCountedAsTokenRequestsOnlyAndAJsonNodeIsAnsweredWith200() throws Exception {
        try (AppToken sim = new AppToken()) {
            HttpResponse<String> token = get(sim.baseUrl().resolve("cgi-bin/token?grant_type=client_credential"));
            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(token.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(token.body()).isEqualTo("{\"path\":\"/cgi-bin/token\"}");
            get(sim.baseUrl().resolve("cgi-bin/token/extra")); // another path: an API request
            get(sim.baseUrl().resolve("api"));
            get(sim.baseUrl().resolve("cgi-bin/token"));

            assertThat(sim.tokenRequests()).isEqualTo(2);
            assertThat(sim.apiRequests()).isEqualTo(2);
        }
    }
}
