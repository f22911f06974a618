package io.github.mediaops.connector.douyin;

import static io.github.mediaops.connector.douyin.DouyinTestSupport.COMMENT;
import static io.github.mediaops.connector.douyin.DouyinTestSupport.ITEM;
import static io.github.mediaops.connector.douyin.DouyinTestSupport.OPEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.douyin.simulator.DouyinSimulator;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DouyinCommentsTest {
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-20T02:00:00Z"));
    private static final AccountRef ACCOUNT = AccountRef.of(Platform.DOUYIN, OPEN_ID);
    private DouyinSimulator sim;
    private DouyinConnector connector;

    @BeforeEach
    void start() {
        sim = DouyinSimulator.builder().clock(clock).build();
        DouyinTestSupport.seed(sim, clock);
        for (int i = 1; i <= 3; i++) {
            sim.addComment(ITEM, "c-" + i, "fan-" + i, "粉丝" + i, "第" + i + "条", clock.instant().minusSeconds(100 - i));
        }
        connector = DouyinTestSupport.connector(sim, clock, Duration.ofSeconds(5));
        connector.authorize(sim.authorizationCode(OPEN_ID));
    }

    @AfterEach
    void stop() {
        connector.close();
        sim.close();
    }

    private Comment first() {
        return connector.comments().comments(ACCOUNT, ITEM, PageRequest.first(10)).items().get(0);
    }

    @Test
    void lists_comments_page_by_page_with_author_time_and_state() {
        Page<Comment> page = connector.comments().comments(ACCOUNT, ITEM, PageRequest.first(2));

        assertThat(page.items()).extracting(Comment::commentId).containsExactly(COMMENT, "c-1");
        Comment c = page.items().get(0);
        assertThat(c.author().id()).isEqualTo("43eae150-12eb-4035-8d40-3f9a2bfcdf4e");
        assertThat(c.author().name()).isEqualTo("xiaoming");
        assertThat(c.text()).isEqualTo("评论");
        assertThat(c.postId()).isEqualTo(ITEM);
        assertThat(c.state()).isEqualTo(ReplyState.UNREPLIED);
        assertThat(page.nextCursor()).isEqualTo("2");

        Page<Comment> next = connector.comments().comments(ACCOUNT, ITEM, page.next(2).orElseThrow());
        assertThat(next.items()).extracting(Comment::commentId).containsExactly("c-2", "c-3");
        assertThat(next.hasNext()).isFalse();
    }

    @Test
    void a_reply_is_sent_once_per_key_and_the_comment_reads_back_as_replied() {
        Comment c = first();

        Comment replied = connector.comments().reply(ACCOUNT, c, "谢谢支持", "r-1");
        Comment again = connector.comments().reply(ACCOUNT, c, "谢谢支持", "r-1");

        assertThat(again).isEqualTo(replied);
        assertThat(replied.state()).isEqualTo(ReplyState.REPLIED);
        assertThat(replied.replies()).singleElement().satisfies(r -> {
            assertThat(r.author().id()).isEqualTo(OPEN_ID);
            assertThat(r.text()).isEqualTo("谢谢支持");
        });
        assertThat(sim.replies(ITEM, COMMENT)).containsExactly("谢谢支持");
        Comment read = first();
        assertThat(read.state()).isEqualTo(ReplyState.REPLIED);
        assertThat(read.replies()).extracting(Comment::text).containsExactly("谢谢支持");
    }

    @Test
    void a_reply_whose_answer_was_lost_is_found_instead_of_sent_again() {
        sim.failNextCallTo("video/comment/reply/", Fault.DROP_AFTER_ACCEPT, 1);

        Comment replied = connector.comments().reply(ACCOUNT, first(), "已私信您", "r-2");

        assertThat(sim.replies(ITEM, COMMENT)).containsExactly("已私信您");
        assertThat(replied.state()).isEqualTo(ReplyState.REPLIED);
    }

    @Test
    void a_reply_lost_before_the_platform_saw_it_is_sent_once_more() {
        sim.failNextCallTo("video/comment/reply/", Fault.DROP_BEFORE_ACCEPT, 1);

        connector.comments().reply(ACCOUNT, first(), "已私信您", "r-3");

        assertThat(sim.replies(ITEM, COMMENT)).containsExactly("已私信您");
    }

    @Test
    void featuring_pins_the_comment_and_deleting_is_not_offered() {
        Comment c = first();
        connector.comments().feature(ACCOUNT, c, true);

        assertThat(sim.featured(ITEM, COMMENT)).isTrue();
        assertThat(first().featured()).isTrue();
        assertThatThrownBy(() -> connector.comments().delete(ACCOUNT, c)).isInstanceOf(UnsupportedCapabilityException.class);
    }

    @Test
    void an_account_that_is_not_an_enterprise_account_gets_a_typed_refusal() {
        String other = "_000personal";
        sim.addVideo(other, "@personal-item", clock.instant(), "日常");
        connector.authorize(sim.authorizationCode(other));

        assertThatThrownBy(() -> connector.comments().comments(AccountRef.of(Platform.DOUYIN, other), "@personal-item",
                PageRequest.first(10)))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                    assertThat(e.platformCode()).hasValue("10004");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void a_cursor_that_is_not_douyins_is_refused_naming_the_field() {
        assertThatThrownBy(() -> connector.comments().comments(ACCOUNT, ITEM, new PageRequest("abc", 10)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"))
                .hasMessageContaining("abc");
    }
}
