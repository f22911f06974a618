package io.github.mediaops.analytics.planning.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EscalationsTest {
    private static final Instant T = Instant.parse("2026-11-28T02:00:00Z");

    private static Triage triage(String id, String text) {
        return InboxTriage.defaults().triage(InboxItem.of(Comment.of(Platform.DOUYIN, "v1", id, new Author("u-" + id, "fan"), T, text)));
    }

    @Test
    void a_crisis_comment_becomes_a_notification_with_its_route_deadlines_and_a_stable_key() {
        Triage t = triage("42", "孩子用了受伤了，我要找媒体曝光");
        Notification n = Escalations.toNotification(t, "ops-alerts");
        assertThat(n.destination()).isEqualTo("ops-alerts");
        assertThat(n.title()).isEqualTo("[P1 CRISIS] douyin comment → pr");
        assertThat(n.body()).contains("douyin:c:42").contains("u-42").contains("受伤")
                .contains(t.firstResponseDue().toString()).contains(t.resolutionDue().toString())
                .contains("孩子用了受伤了，我要找媒体曝光");
        assertThat(n.idempotencyKey()).isEqualTo("inbox:douyin:c:42:P1");
        assertThat(Escalations.toNotification(t, "ops-alerts")).isEqualTo(n);
    }

    @Test
    void long_text_is_cut_by_code_points_and_bad_input_names_the_field() {
        String emoji = "😡".repeat(Escalations.MAX_EXCERPT + 5);
        Notification n = Escalations.toNotification(triage("7", "质量问题 退款 " + emoji), "q");
        String quoted = n.body().substring(n.body().indexOf("> ") + 2);
        assertThat(quoted.codePointCount(0, quoted.length())).isEqualTo(Escalations.MAX_EXCERPT + 1); // + the ellipsis
        assertThat(quoted).endsWith("…");
        assertThatThrownBy(() -> Escalations.toNotification(triage("8", "x"), " "))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("destination");
    }
}
