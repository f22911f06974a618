package io.github.mediaops.connector.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ForwardingSimulatorTest {

    /** A simulator with a public static {@code start()}, which is why it composes its server. */
    static final class Composed extends ForwardingSimulator {
        private final Server server = new Server();

        static Composed start() {
            return new Composed();
        }

        @Override
        protected LoopbackSimulator server() {
            return server;
        }

        private static final class Server extends LoopbackSimulator {
            Server() {
                start();
            }

            @Override
            protected void handle(HttpExchange ex) throws IOException {
                Fault fault = nextFault();
                if (fault != null && answerFault(ex, fault, f -> "{\"code\":\"" + f + "\"}", "{\"a\":", () -> { })) {
                    return;
                }
                reply(ex, 200, "application/json", "{\"ok\":true}");
            }
        }
    }

    private static String get(ForwardingSimulator sim) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(sim.baseUrl().resolve("api")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void forwardsTheFaultQueueTheCounterAndTheServer() throws Exception {
        try (Composed sim = Composed.start()) {
            sim.slowness(Duration.ofMillis(1));
            sim.failAfter(1, Fault.RATE_LIMITED);
            sim.failNext(Fault.PLATFORM_BUSY, 1);

            assertThat(get(sim)).isEqualTo("{\"ok\":true}");
            assertThat(get(sim)).isEqualTo("{\"code\":\"RATE_LIMITED\"}");
            assertThat(get(sim)).isEqualTo("{\"code\":\"PLATFORM_BUSY\"}");
            assertThat(get(sim)).isEqualTo("{\"ok\":true}");
            assertThat(sim.apiRequests()).isEqualTo(4);
            assertThat(sim.tokenRequests()).isZero();
        }
    }
}
