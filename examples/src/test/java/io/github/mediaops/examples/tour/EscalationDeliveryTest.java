package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mediaops.analytics.growth.monitor.Alert;
import io.github.mediaops.analytics.growth.monitor.AlertLevel;
import io.github.mediaops.analytics.growth.monitor.Assessment;
import io.github.mediaops.analytics.growth.monitor.HourlyCount;
import io.github.mediaops.analytics.growth.monitor.Signal;
import io.github.mediaops.analytics.planning.inbox.Escalations;
import io.github.mediaops.analytics.planning.inbox.InboxItem;
import io.github.mediaops.analytics.planning.inbox.InboxTriage;
import io.github.mediaops.analytics.planning.inbox.Triage;
import io.github.mediaops.connector.feishu.FeishuConnector;
import io.github.mediaops.connector.feishu.simulator.FeishuBotSimulator;
import io.github.mediaops.connector.trello.TrelloConnector;
import io.github.mediaops.connector.trello.simulator.TrelloSimulator;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.PlatformConnector;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crisis alerts (analytics-growth) and inbox escalations (analytics-planning) reach Feishu and Trello with one
 * call each and no glue: {@code notifications().send(x.toNotification(destination))}.
 */
class EscalationDeliveryTest {
    private static final Instant T = Instant.parse("2026-12-06T06:00:00Z");
    private static final String PLANNED = TrelloSimulator.LISTS.get("Planned");

    private static final Alert ALERT = new Alert("brand-x", new Assessment(new HourlyCount(T, 120, 48), 9.5, 6.1, 3.2, 7.4,
            1e-9, 1e-12, EnumSet.of(Signal.EWMA, Signal.CUSUM, Signal.VOLUME_TEST), AlertLevel.CRITICAL),
            AlertLevel.CRITICAL, false);
    private static final Triage ESCALATION = InboxTriage.defaults().triage(InboxItem.of(Comment.of(Platform.DOUYIN,
            "v1", "c-9", new Author("u-9", "fan"), T, "孩子用了受伤了，我要找媒体曝光")));

    @Test
    void a_crisis_alert_and_an_inbox_escalation_go_to_a_feishu_bot_once_each() {
        try (FeishuBotSimulator bot = new FeishuBotSimulator();
             PlatformConnector feishu = FeishuConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("bot", "ops-alerts")
                             .secret("hookToken", FeishuBotSimulator.HOOK_TOKEN).build())
                     .baseUrl(bot.baseUrl()).build()).build()) {
            Notification alert = ALERT.toNotification("ops-alerts");
            Notification escalation = Escalations.toNotification(ESCALATION, "ops-alerts");
            feishu.notifications().send(alert);
            feishu.notifications().send(escalation);
            feishu.notifications().send(escalation); // a re-run of the triage: same key, no second card
            List<JsonNode> cards = bot.delivered();
            assertThat(cards).extracting(c -> c.at("/card/header/title/content").asText())
                    .containsExactly(alert.title(), escalation.title());
            assertThat(cards.get(1).toString()).contains("douyin:c:c-9");
        }
    }

    @Test
    void the_same_values_become_trello_cards_on_a_list() {
        try (TrelloSimulator board = new TrelloSimulator();
             PlatformConnector trello = TrelloConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("workspace", "ops")
                             .secret("apiKey", TrelloSimulator.API_KEY).secret("token", TrelloSimulator.TOKEN).build())
                     .baseUrl(board.baseUrl()).build()).build()) {
            Notification alert = ALERT.toNotification(PLANNED);
            Notification escalation = Escalations.toNotification(ESCALATION, PLANNED);
            trello.notifications().send(alert);
            trello.notifications().send(escalation);
            trello.notifications().send(alert);
            assertThat(board.cards()).extracting(c -> c.path("name").asText()).containsExactly(alert.title(), escalation.title());
            assertThat(board.cards()).extracting(c -> c.path("desc").asText()).containsExactly(alert.body(), escalation.body());
        }
    }
}
