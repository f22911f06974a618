package io.github.mediaops.connector.weibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import org.junit.jupiter.api.Test;

class WeiboCommentsTest extends SimulatedWeibo {

    @Test
    void comments_are_listed_newest_first_with_their_authors() {
        Page<Comment> page = weibo.comments().comments(WeiboTestSupport.ACCOUNT, post, PageRequest.first(10));

        assertThat(page.items()).extracting(Comment::text).containsExactly("已下单", "什么时候到货？");
        assertThat(page.items()).allSatisfy(c -> {
            assertThat(c.author().id()).isEqualTo(WeiboTestSupport.FAN);
            assertThat(c.author().name()).isEqualTo("小周也在用");
            assertThat(c.postId()).isEqualTo(post);
            assertThat(c.state()).isEqualTo(ReplyState.UNREPLIED);
        });
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void pages_follow_the_page_number_until_the_total() {
        Page<Comment> first = weibo.comments().comments(WeiboTestSupport.ACCOUNT, post, PageRequest.first(1));
        assertThat(first.nextCursor()).isEqualTo("2");
        Page<Comment> second = weibo.comments().comments(WeiboTestSupport.ACCOUNT, post, first.next(1).orElseThrow());
        assertThat(second.items()).extracting(Comment::text).containsExactly("什么时候到货？");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void a_reply_is_threaded_under_its_comment_and_the_same_key_replies_once() {
        Comment asked = weibo.comments().comments(WeiboTestSupport.ACCOUNT, post, PageRequest.first(10)).items().get(1);

        Comment replied = weibo.comments().reply(WeiboTestSupport.ACCOUNT, asked, "下周一到货", "reply-1");
        Comment again = weibo.comments().reply(WeiboTestSupport.ACCOUNT, asked, "下周一到货", "reply-1");

        assertThat(replied.state()).isEqualTo(ReplyState.REPLIED);
        assertThat(replied.replies()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("下周一到货");
            assertThat(r.author().id()).isEqualTo(WeiboTestSupport.UID);
        });
        assertThat(again).isEqualTo(replied);
        assertThat(sim.commentIds(post)).hasSize(3);
        Page<Comment> listed = weibo.comments().comments(WeiboTestSupport.ACCOUNT, post, PageRequest.first(10));
        assertThat(listed.items()).hasSize(2);
        assertThat(listed.items()).filteredOn(c -> c.commentId().equals(asked.commentId())).singleElement()
                .satisfies(c -> {
                    assertThat(c.state()).isEqualTo(ReplyState.REPLIED);
                    assertThat(c.replies()).extracting(Comment::text).containsExactly("下周一到货");
                });
    }

    @Test
    void a_reply_longer_than_140_by_weibos_count_is_refused_before_sending() {
        Comment c = weibo.comments().comments(WeiboTestSupport.ACCOUNT, post, PageRequest.first(10)).items().get(0);
        int before = sim.apiRequests();
        assertThatThrownBy(() -> weibo.comments().reply(WeiboTestSupport.ACCOUNT, c, "好".repeat(141), "reply-long"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("140");
        assertThat(sim.apiRequests()).isEqualTo(before);
    }

    @Test
    void delete_removes_the_comment_and_a_second_delete_is_not_found() {
        Comment c = weibo.comments().comments(WeiboTestSupport.ACCOUNT, post, PageRequest.first(10)).items().get(0);

        weibo.comments().delete(WeiboTestSupport.ACCOUNT, c);

        assertThat(sim.commentIds(post)).doesNotContain(c.commentId()).hasSize(1);
        assertThatThrownBy(() -> weibo.comments().delete(WeiboTestSupport.ACCOUNT, c)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void featuring_is_not_offered_by_weibo() {
        Comment c = weibo.comments().comments(WeiboTestSupport.ACCOUNT, post, PageRequest.first(10)).items().get(0);
        assertThatThrownBy(() -> weibo.comments().feature(WeiboTestSupport.ACCOUNT, c, true))
                .isInstanceOf(UnsupportedCapabilityException.class);
    }

    @Test
    void bad_post_ids_and_cursors_are_refused_naming_the_field() {
        assertThatThrownBy(() -> weibo.comments().comments(WeiboTestSupport.ACCOUNT, "abc", PageRequest.first(10)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("postId");
        assertThatThrownBy(() -> weibo.comments().comments(WeiboTestSupport.ACCOUNT, post, new PageRequest("0", 10)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("page.cursor");
        assertThatThrownBy(() -> weibo.comments().comments(WeiboTestSupport.ACCOUNT, post, PageRequest.first(500)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("page.size");
    }
}
