package io.github.mediaops.core.engagement;

import static io.github.mediaops.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Json;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngagementTest {

    @Test
    void comments_thread_replies() {
        Comment reply = Comment.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "2247483650_1", "c2", new Author("gh_brand", "品牌"),
                T0.plusSeconds(60), "谢谢支持！");
        Comment top = new Comment(Platform.WECHAT_OFFICIAL_ACCOUNT, "2247483650_1", "c1", new Author("o_user", "小王"),
                T0, "这个颜色还有货吗？", ReplyState.REPLIED, true, 3, List.of(reply));
        assertThat(top.replies()).containsExactly(reply);
        Json.assertRoundTrip(top);
    }

    @Test
    void rejects_negative_likes_and_blank_ids() {
        Author a = new Author("u", "");
        assertThatThrownBy(() -> new Comment(Platform.DOUYIN, "p", "c", a, T0, "t", ReplyState.UNREPLIED, false, -1, List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("likes").hasMessageContaining("-1");
        assertThatThrownBy(() -> Comment.of(Platform.DOUYIN, "p", " ", a, T0, "t"))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("commentId");
        assertThatThrownBy(() -> new Author("", "x")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void private_messages_round_trip() {
        PrivateMessage m = new PrivateMessage(AccountRef.of(Platform.WECHAT_OFFICIAL_ACCOUNT, "gh_brand"), "23456789",
                true, new Author("o_user", ""), T0, MessageKind.TEXT, "怎么退货");
        Json.assertRoundTrip(m);
        assertThatThrownBy(() -> new PrivateMessage(m.account(), "", true, m.user(), T0, MessageKind.TEXT, "x"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("messageId");
    }
}
