package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.OutgoingMessage;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WeChatEngagementTest {
    private static final String POST = "2650000001_1";

    @Test
    void comments_are_paged_with_offset_cursors() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            Page<Comment> first = c.comments().comments(c.account(), POST, PageRequest.first(2));
            assertThat(first.items()).hasSize(2);
            assertThat(first.nextCursor()).isEqualTo("2");
            Page<Comment> second = c.comments().comments(c.account(), POST, first.next(2).orElseThrow());
            assertThat(second.items()).hasSize(1);
            assertThat(second.hasNext()).isFalse();
            assertThat(first.items().get(0).author().id()).startsWith("o-user-");
        }
    }

    @Test
    void a_reply_whose_answer_was_lost_is_found_and_not_sent_again() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            Comment target = c.comments().comments(c.account(), POST, PageRequest.first(10)).items().get(1);
            sim.failNext(Fault.DROP_AFTER_ACCEPT, 1);
            Comment replied = c.comments().reply(c.account(), target, "感谢留言", "reply-lost-1");
            assertThat(replied.state()).isEqualTo(ReplyState.REPLIED);
            assertThat(sim.requests("cgi-bin/comment/reply/add")).isEqualTo(1);
            assertThat(c.comments().reply(c.account(), target, "感谢留言", "reply-lost-1")).isEqualTo(replied);
            assertThat(sim.requests("cgi-bin/comment/reply/add")).isEqualTo(1);
        }
    }

    @Test
    void featuring_and_deleting_change_the_comment_on_the_platform() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            Comment target = c.comments().comments(c.account(), POST, PageRequest.first(10)).items().get(0);
            c.comments().feature(c.account(), target, true);
            assertThat(c.comments().comments(c.account(), POST, PageRequest.first(10)).items().get(0).featured()).isTrue();
            c.comments().delete(c.account(), target);
            assertThat(c.comments().comments(c.account(), POST, PageRequest.first(10)).items())
                    .extracting(Comment::commentId).doesNotContain(target.commentId());
        }
    }

    @Test
    void rejects_a_post_id_that_is_not_a_datacube_msgid() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            assertThatThrownBy(() -> c.comments().comments(c.account(), "ART_xyz", PageRequest.first(5)))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("msg_data_id");
        }
    }

    @Test
    void customer_service_message_outside_the_48_hour_window_is_a_permission_error() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim)) {
            assertThatThrownBy(() -> c.messaging().send(new OutgoingMessage(c.account(), "o-stranger", "你好", "m-1")))
                    .isInstanceOf(PermissionDeniedException.class)
                    .satisfies(e -> assertThat(((PermissionDeniedException) e).platformCode()).hasValue("45015"));
            assertThat(sim.sentMessages()).isZero();
        }
    }

    @Test
    void a_message_whose_answer_was_lost_is_reported_ambiguous_and_not_resent() {
        try (WeChatSimulator sim = WeChatTestSupport.simulator().build();
             WeChatConnector c = WeChatTestSupport.connector(sim, Duration.ofSeconds(5),
                     new io.github.mediaops.connector.support.InMemoryTokenStore())) {
            c.audienceMetrics().audienceMetrics(c.account(), WeChatTestSupport.lastDays(1));
            sim.failNext(Fault.DROP_AFTER_ACCEPT, 1);
            assertThatThrownBy(() -> c.messaging().send(new OutgoingMessage(c.account(), "o-user-1", "已发货", "m-2")))
                    .isInstanceOf(AmbiguousOutcomeException.class);
            assertThat(sim.sentMessages()).isEqualTo(1);
            assertThat(sim.requests("cgi-bin/message/custom/send")).isEqualTo(1);
        }
    }
}
