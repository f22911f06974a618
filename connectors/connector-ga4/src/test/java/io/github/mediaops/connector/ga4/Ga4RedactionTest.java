package io.github.mediaops.connector.ga4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mediaops.connector.ga4.simulator.Ga4Simulator;
import io.github.mediaops.connector.support.InMemoryTokenStore;
import io.github.mediaops.connector.support.ResilienceSettings;
import io.github.mediaops.connector.tck.CapturingLogProvider;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.ConnectorConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every log line (at TRACE, response bodies included, through the tck's {@link CapturingLogProvider}), exception
 * message and {@code toString()} of a session that fetches a token, reads a report, is refused once, sends and
 * validates Measurement Protocol events and loses one send: none shows the api_secret, the access token, the signed
 * JWT assertion or the private key.
 */
class Ga4RedactionTest {

    @Test
    void no_secret_or_token_appears_in_logs_exception_messages_or_to_string() {
        List<String> texts = new ArrayList<>();
        InMemoryTokenStore store = new InMemoryTokenStore();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Ga4Simulator sim = new Ga4Simulator();
             Ga4Connector c = Ga4Connector.builder(ConnectorConfig.builder()
                             .credentials(Ga4TestSupport.credentials(sim.serviceAccountJson())).baseUrl(sim.baseUrl())
                             .readTimeout(Duration.ofSeconds(2)).build())
                     .tokenStore(store).resilience(ResilienceSettings.builder().initialBackoff(Duration.ofMillis(10)).build())
                     .build()) {
            String privateKeyLine = sim.serviceAccountJson().split("\\\\n")[1];
            CapturingLogProvider.clear();
            sim.visit("https://shop.example.com/?utm_source=douyin&utm_medium=social&utm_campaign=c1", "u1", today);
            c.runReport(Ga4ReportRequest.builder(DateRange.day(today)).dimensions("sessionSource").metrics("sessions").build());
            String token = store.get("ga4:" + Ga4Simulator.PROPERTY_ID).orElseThrow().token().reveal();
            sim.failNext(Fault.TOKEN_EXPIRED, 1);
            c.runReport(Ga4ReportRequest.builder(DateRange.day(today)).metrics("sessions").build());
            Ga4EventBatch batch = Ga4EventBatch.of("u1", "k-1", Ga4Event.purchase("T-1", Money.of("10", "USD")));
            texts.add(c.sendEvents(batch).toString());
            texts.add(c.validateEvents(batch).toString());
            sim.failNext(Fault.DROP_AFTER_ACCEPT, 1);
            Throwable lost = catchThrowable(() -> c.sendEvents(Ga4EventBatch.of("u1", "k-2", Ga4Event.generateLead())));
            texts.add(String.valueOf(lost));
            texts.add(lost.getMessage());
            texts.add(c.toString());
            texts.add(batch.toString());
            texts.addAll(CapturingLogProvider.lines());

            assertThat(CapturingLogProvider.lines()).as("the HTTP traffic was logged at all")
                    .anySatisfy(l -> assertThat(l).contains("mp/collect").contains("api_secret=****"))
                    .anySatisfy(l -> assertThat(l).contains(":runReport"))
                    .anySatisfy(l -> assertThat(l).contains("/token"));
            for (String secret : List.of(Ga4Simulator.API_SECRET, token, privateKeyLine, "eyJhbGciOiJSUzI1NiJ9", "eyJhbGci")) {
                assertThat(texts).as("no text shows %s", secret.substring(0, 6) + "…").noneMatch(t -> t != null && t.contains(secret));
            }
        }
    }
}
