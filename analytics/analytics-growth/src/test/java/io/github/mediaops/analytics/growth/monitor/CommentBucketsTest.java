package io.github.mediaops.analytics.growth.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.analytics.growth.sentiment.LexiconSentimentScorer;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.engagement.Author;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentBucketsTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static Comment comment(String id, Instant at, String text, List<Comment> replies) {
        return new Comment(Platform.DOUYIN, "post-1", id, new Author("u-" + id, "user " + id), at, text,
                ReplyState.UNREPLIED, false, 0, replies);
    }

    @Test
    void counts_comments_and_replies_per_hour_and_keeps_quiet_hours() {
        Comment reply = comment("r1", T0.plusSeconds(4000), "垃圾，骗子", List.of());
        List<Comment> cs = List.of(
                comment("c1", T0.plusSeconds(60), "很好用，推荐", List.of()),
                comment("c2", T0.plusSeconds(120), "质量太差了，要退货", List.of(reply)),
                comment("c3", T0.plusSeconds(3 * 3600 + 5), "一般", List.of()));
        List<HourlyCount> hours = CommentBuckets.hourly(cs, LexiconSentimentScorer.builtIn(), 0.05, T0, T0.plusSeconds(4 * 3600));
        assertThat(hours).hasSize(4);
        assertThat(hours.get(0)).isEqualTo(new HourlyCount(T0, 2, 1));
        assertThat(hours.get(1)).isEqualTo(new HourlyCount(T0.plusSeconds(3600), 1, 1));
        assertThat(hours.get(2)).isEqualTo(new HourlyCount(T0.plusSeconds(7200), 0, 0));
        assertThat(hours.get(3).total()).isEqualTo(1);
    }

    @Test
    void empty_comment_stream_gives_zero_buckets_and_reversed_range_is_rejected() {
        List<HourlyCount> hours = CommentBuckets.hourly(List.of(), LexiconSentimentScorer.builtIn(), 0.05, T0, T0.plusSeconds(7200));
        assertThat(hours).extracting(HourlyCount::total).containsExactly(0L, 0L);
        assertThatThrownBy(() -> CommentBuckets.hourly(List.of(), LexiconSentimentScorer.builtIn(), 0.05, T0, T0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be after");
    }
}
