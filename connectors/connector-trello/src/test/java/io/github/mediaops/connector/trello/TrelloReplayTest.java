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
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest
    @CsvSource({"trello-fsharp/testing-checklist.json", "trello-fsharp/empty-checklist.json",
            "trello-go/release-checklist.json"})
    void a_card_with_a_recorded_checklist_answer_keeps_its_ids_and_sends_each_item(String checklistFile) throws IOException {
        JsonNode card = PLAIN.readTree(RecordedResponses.file("alan-checklist/card-with-checklist.json"));
        JsonNode checklist = PLAIN.readTree(RecordedResponses.file(checklistFile));
        JsonNode item = PLAIN.readTree(RecordedResponses.file("trello-cli-go/check-item.json"));
        java.util.List<String> items = new java.util.ArrayList<>();
        checklist.path("checkItems").forEach(i -> items.add(i.path("name").asText()));
        if (items.isEmpty()) {
            items.add(item.path("name").asText()); // the empty checklist's request still adds one step
        }
        RecordedResponses replay = new RecordedResponses().enqueue(200, "alan-checklist/card-with-checklist.json")
                .enqueue(200, checklistFile);
        for (int i = 0; i < items.size(); i++) {
            replay.enqueue(200, "trello-cli-go/check-item.json");
        }
        try (replay; TrelloConnector c = connector(replay)) {
            TrelloCard created = c.createCard(TrelloCardRequest.of(card.path("idList").asText(), card.path("name").asText(),
                    card.path("desc").asText()).withChecklist(checklist.path("name").asText(), items), "replay-cl-" + checklistFile);
            assertThat(created.id()).isEqualTo(card.path("id").asText());
            assertThat(created.shortUrl()).isEqualTo(card.path("shortUrl").asText());
            assertThat(created.checklistIds()).containsExactly(checklist.path("id").asText());
            java.util.List<RecordedResponses.Received> got = replay.received();
            assertThat(got).hasSize(2 + items.size());
            assertThat(got.get(1).uri()).isEqualTo("/1/checklists");
            JsonNode sentChecklist = PLAIN.readTree(got.get(1).body());
            assertThat(sentChecklist.path("idCard").asText()).isEqualTo(card.path("id").asText());
            assertThat(sentChecklist.path("name").asText()).isEqualTo(checklist.path("name").asText());
            for (int i = 0; i < items.size(); i++) {
                RecordedResponses.Received r = got.get(2 + i);
                assertThat(r.uri()).isEqualTo("/1/checklists/" + checklist.path("id").asText() + "/checkItems");
                assertThat(PLAIN.readTree(r.body()).path("name").asText()).isEqualTo(items.get(i));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"trello-api-cypress/invalid-value-for-idList.txt, 400, InvalidRequestException",
            "trello-api-cypress/invalid-value-for-name.txt, 400, InvalidRequestException",
            "trello-api-cypress/could-not-find-board.txt, 404, NotFoundException",
            "trello-api-cypress/invalid-key.txt, 401, AuthenticationException"})
    void a_recorded_plain_text_refusal_is_typed_by_its_status_and_not_repeated(String file, int status, String type) {
        try (RecordedResponses replay = new RecordedResponses().enqueue(status, file); TrelloConnector c = connector(replay)) {
            io.github.mediaops.core.connector.ConnectorException e = catchThrowableOfType(
                    io.github.mediaops.core.connector.ConnectorException.class,
                    () -> c.createCard(TrelloCardRequest.of("671d789c89e6c35196d5d948", "x", ""), "refused-" + file));
            assertThat(e).isNotNull();
            assertThat(e.getClass().getSimpleName()).isEqualTo(type);
            assertThat(e.httpStatus()).hasValue(status);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain(TOKEN);
            assertThat(replay.received()).hasSize(1);
        }
    }
}
