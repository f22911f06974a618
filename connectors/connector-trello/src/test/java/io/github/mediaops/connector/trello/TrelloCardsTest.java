package io.github.mediaops.connector.trello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.trello.simulator.TrelloSimulator;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.TransientPlatformException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cards with due dates and checklists, resumable creation, Trello's plain-text errors, credential hygiene. */
class TrelloCardsTest {
    private static final String APPROVAL = TrelloSimulator.LISTS.get("Approval");

    private static TrelloConnector connector(TrelloSimulator sim, String key) {
        return TrelloConnector.builder(ConnectorConfig.builder()
                .credentials(Credentials.builder().identifier("workspace", "content-team")
                        .secret("apiKey", key).secret("token", TrelloSimulator.TOKEN).build())
                .baseUrl(sim.baseUrl()).readTimeout(Duration.ofSeconds(2)).build()).build();
    }

    private static TrelloCardRequest entry() {
        return TrelloCardRequest.of(APPROVAL, "审批: 双十二 直播预告", "需要法务与品牌审批")
                .dueAt(Instant.parse("2026-12-10T10:00:00Z"))
                .withChecklist("draft", List.of("脚本初稿", "封面"))
                .withChecklist("approval", List.of("品牌", "法务", "主管"));
    }

    @Test
    void a_card_with_due_date_and_a_checklist_per_stage() {
        try (TrelloSimulator sim = new TrelloSimulator(); TrelloConnector c = connector(sim, TrelloSimulator.API_KEY)) {
            TrelloCard card = c.createCard(entry(), "plan-2026-12-12-live");
            assertThat(card.checklistIds()).hasSize(2);
            JsonNode stored = sim.cards().get(0);
            assertThat(stored.path("id").asText()).isEqualTo(card.id());
            assertThat(stored.path("shortUrl").asText()).isEqualTo(card.shortUrl());
            assertThat(stored.path("due").asText()).isEqualTo("2026-12-10T10:00:00Z");
            assertThat(stored.path("idList").asText()).isEqualTo(APPROVAL);
            assertThat(stored.at("/checklists/0/name").asText()).isEqualTo("draft");
            assertThat(stored.at("/checklists/1/name").asText()).isEqualTo("approval");
            assertThat(stored.at("/checklists/1/checkItems").findValuesAsText("name")).containsExactly("品牌", "法务", "主管");
            assertThat(stored.at("/badges/checkItems").asInt()).isEqualTo(5);
        }
    }

    @Test
    void a_failure_part_way_resumes_with_the_same_key_without_a_second_card() {
        try (TrelloSimulator sim = new TrelloSimulator(); TrelloConnector c = connector(sim, TrelloSimulator.API_KEY)) {
            TrelloCardRequest req = entry();
            sim.failAfter(3, Fault.SERVER_ERROR); // card, checklist "draft", item 1 go through; item 2 fails
            int before = sim.apiRequests();
            assertThat(catchThrowableOfType(TransientPlatformException.class, () -> c.createCard(req, "k-resume"))).isNotNull();
            assertThat(sim.apiRequests() - before).as("a create is never retried by the runtime").isEqualTo(4);
            assertThat(sim.cards()).hasSize(1);
            TrelloCard card = c.createCard(req, "k-resume");
            assertThat(sim.apiRequests() - before).as("the repeat sends only the failed item, the second checklist and its 3 items")
                    .isEqualTo(4 + 5);
            assertThat(sim.cards()).singleElement().satisfies(stored -> {
                assertThat(stored.path("id").asText()).isEqualTo(card.id());
                assertThat(stored.at("/badges/checkItems").asInt()).isEqualTo(5);
                assertThat(stored.at("/checklists/0/checkItems").findValuesAsText("name")).containsExactly("脚本初稿", "封面");
            });
            int settled = sim.apiRequests();
            assertThat(c.createCard(req, "k-resume")).isEqualTo(card);
            assertThat(sim.apiRequests()).as("a repeat after success sends nothing").isEqualTo(settled);
        }
    }

    @Test
    void credentials_travel_in_the_header_never_in_a_uri_nor_in_errors_or_tostring() {
        try (TrelloSimulator sim = new TrelloSimulator(); TrelloConnector c = connector(sim, TrelloSimulator.API_KEY)) {
            c.createCard(entry(), "k-hygiene");
            assertThat(sim.requestUris()).isNotEmpty().allSatisfy(u -> assertThat(u)
                    .doesNotContain(TrelloSimulator.API_KEY).doesNotContain(TrelloSimulator.TOKEN).doesNotContain("双十二"));
            assertThat(c.toString()).doesNotContain(TrelloSimulator.API_KEY).doesNotContain(TrelloSimulator.TOKEN);
        }
    }

    @Test
    void a_wrong_key_is_a_typed_401_without_the_key_in_the_message() {
        try (TrelloSimulator sim = new TrelloSimulator(); TrelloConnector c = connector(sim, "wrongkey0000")) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> c.createCard(entry(), "k"));
            assertThat(e).isNotNull();
            assertThat(e.httpStatus()).hasValue(401);
            assertThat(e.getMessage()).doesNotContain("wrongkey0000");
            assertThat(sim.cards()).isEmpty();
        }
    }

    @Test
    void an_unknown_list_is_a_typed_400_invalid_request() {
        try (TrelloSimulator sim = new TrelloSimulator(); TrelloConnector c = connector(sim, TrelloSimulator.API_KEY)) {
            InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                    () -> c.createCard(TrelloCardRequest.of("5abbe4b7ddc1b351ef000000", "x", ""), "k"));
            assertThat(e).isNotNull();
            assertThat(e.httpStatus()).hasValue(400);
        }
    }

    @Test
    void bad_requests_name_the_field() {
        assertThatThrownBy(() -> TrelloCardRequest.of(" ", "n", "")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("listId");
        assertThatThrownBy(() -> TrelloCardRequest.of("l", "n", "").withChecklist("draft", List.of("ok", "")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("items[1]");
    }

    @Test
    void rate_limit_codes_are_typed() {
        assertThat(TrelloConnector.ERRORS.kindOf("1/cards", "API_KEY_LIMIT_EXCEEDED"))
                .contains(io.github.mediaops.connector.support.ErrorKind.RATE_LIMITED);
    }
}
