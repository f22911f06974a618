package io.github.mediaops.connector.trello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.ResilienceSettings;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.RateLimitedException;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trello answers recorded by others (see {@code replay/SOURCES.md}), served byte for byte over loopback;
 * expectations are read from the raw JSON with a plain {@link ObjectMapper}.
 */
class TrelloReplayTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String KEY = "replaykey0123456789";
    private static final String TOKEN = "replaytoken0123456789";

    private static TrelloConnector connector(RecordedResponses replay) {
        return TrelloConnector.builder(ConnectorConfig.builder()
                        .credentials(Credentials.builder().identifier("workspace", "replay")
                                .secret("apiKey", KEY).secret("token", TOKEN).build())
                        .baseUrl(replay.baseUrl()).readTimeout(Duration.ofSeconds(2)).build())
                .resilience(ResilienceSettings.builder().initialBackoff(Duration.ofMillis(10))
                        .maxBackoff(Duration.ofMillis(20)).maxRetryAfter(Duration.ofMillis(50)).build())
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"trello-video-generator/card-01.json", "trello-video-generator/card-02.json",
            "trello-video-generator/card-03.json", "trello-video-generator/card-04.json",
            "trello-video-generator/card-05.json", "trello-video-generator/card-06.json",
            "trello-video-generator/card-07.json", "trellminal/card.json"})
    void a_recorded_card_maps_field_by_field(String file) throws IOException {
        JsonNode raw = PLAIN.readTree(RecordedResponses.file(file));
        try (RecordedResponses replay = new RecordedResponses().enqueue(200, file).enqueue(200, file);
             TrelloConnector c = connector(replay)) {
            TrelloCard card = c.createCard(TrelloCardRequest.of(raw.path("idList").asText(), raw.path("name").asText(),
                    raw.path("desc").asText()), "replay-" + file);
            assertThat(card.id()).isEqualTo(raw.path("id").asText());
            assertThat(card.shortUrl()).isEqualTo(raw.path("shortUrl").asText());
            assertThat(card.checklistIds()).isEmpty();

            NotificationReceipt receipt = c.notifications().send(new Notification(raw.path("idList").asText(),
                    raw.path("name").asText(), raw.path("desc").asText(), "replay-notify-" + file));
            assertThat(receipt.id()).isEqualTo(raw.path("id").asText());

            assertThat(replay.received()).hasSize(2).allSatisfy(req -> {
                assertThat(req.method()).isEqualTo("POST");
                assertThat(req.uri()).isEqualTo("/1/cards");
                JsonNode sent = PLAIN.readTree(req.body());
                assertThat(sent.path("idList").asText()).isEqualTo(raw.path("idList").asText());
                assertThat(sent.path("name").asText()).isEqualTo(raw.path("name").asText());
                assertThat(sent.path("desc").asText()).isEqualTo(raw.path("desc").asText());
                assertThat(req.body()).doesNotContain(KEY).doesNotContain(TOKEN);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"official/api-token-limit-exceeded.json", "official/api-key-limit-exceeded.json"})
    void a_documented_rate_limit_body_is_typed_with_its_code_and_message(String file) throws IOException {
        JsonNode raw = PLAIN.readTree(RecordedResponses.file(file));
        try (RecordedResponses replay = new RecordedResponses().enqueue(429, file); TrelloConnector c = connector(replay)) {
            RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                    () -> c.createCard(TrelloCardRequest.of("5abbe4b7ddc1b351ef961414", "x", ""), "rl"));
            assertThat(e).isNotNull();
            assertThat(e.platformCode()).contains(raw.path("error").asText());
            assertThat(e.platformMessage()).contains(raw.path("message").asText());
            assertThat(e.httpStatus()).hasValue(429);
            assertThat(replay.received()).as("a create is not repeated by the runtime").hasSize(1);
        }
    }
}
