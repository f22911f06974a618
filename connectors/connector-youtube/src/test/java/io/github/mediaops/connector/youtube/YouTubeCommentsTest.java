package io.github.mediaops.connector.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.youtube.simulator.YouTubeSimulator;
import io.github.mediaops.core.connector.AmbiguousOutcomeException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.engagement.Comment;
import io.github.mediaops.core.engagement.ReplyState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class YouTubeCommentsTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T02:00:00Z"));
    private final YouTubeSimulator sim = YouTubeSimulator.builder().clock(clock).build();

    @AfterEach
    void stop() {
        sim.close();
    }

    private YouTubeConnector connector() {
        YouTubeTestSupport.seed(sim, clock);
        for (int i = 0; i < 3; i++) {
            sim.addComment(YouTubeTestSupport.VIDEO_A, "Ugw" + i, "UCfan" + i, "fan " + i, "comment " + i, i,
                    clock.instant().minus(Duration.ofMinutes(i)));
        }
        return YouTubeTestSupport.authorized(sim, clock);
    }

    @Test
    void threads_are_paged_with_page_tokens_to_the_end() {
        try (YouTubeConnector yt = connector()) {
            Page<Comment> first = yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(2));
            assertThat(first.items()).extracting(Comment::commentId)
                    .containsExactly("UgyZ1jqkHKYvi1-ruOZ4AaABAg", "Ugy4OzAuz5uJuFt3FH54AaABAg");
            assertThat(first.nextCursor()).isEqualTo("p2");
            Page<Comment> second = yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A,
                    new PageRequest(first.nextCursor(), 2));
            Page<Comment> third = yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A,
                    new PageRequest(second.nextCursor(), 2));
            assertThat(third.items()).extracting(Comment::commentId).containsExactly("Ugw2");
            assertThat(third.nextCursor()).isNull();
            assertThat(first.items().get(0).author().id()).isEqualTo("UCzj-CjKYmGlZ7vTL-vOe57A");
            assertThat(first.items().get(1).likes()).isEqualTo(3);
        }
    }

    @Test
    void a_reply_goes_to_the_top_level_comment_once_per_key_and_marks_the_thread_replied() {
        try (YouTubeConnector yt = connector()) {
            Comment c = yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(5))
                    .items().get(0);
            Comment replied = yt.comments().reply(YouTubeTestSupport.ACCOUNT, c, "Thanks for watching!", "reply-1");
            assertThat(replied.state()).isEqualTo(ReplyState.REPLIED);
            assertThat(replied.replies()).singleElement().satisfies(r -> {
                assertThat(r.text()).isEqualTo("Thanks for watching!");
                assertThat(r.author().id()).isEqualTo(YouTubeTestSupport.CHANNEL);
            });
            int before = sim.apiRequests();
            assertThat(yt.comments().reply(YouTubeTestSupport.ACCOUNT, c, "Thanks for watching!", "reply-1")).isEqualTo(replied);
            assertThat(sim.apiRequests()).as("same key, nothing sent").isEqualTo(before);
            assertThat(sim.replies(c.commentId())).containsExactly("Thanks for watching!");
            Comment listed = yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(5))
                    .items().get(0);
            assertThat(listed.state()).isEqualTo(ReplyState.REPLIED);
        }
    }

    @Test
    void a_reply_whose_answer_was_lost_is_not_sent_again_by_the_runtime() {
        try (YouTubeConnector yt = connector()) {
            Comment c = yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(5))
                    .items().get(0);
            int before = sim.apiRequests();
            sim.failNext(Fault.DROP_BEFORE_ACCEPT, 1);
            AmbiguousOutcomeException e = catchThrowableOfType(AmbiguousOutcomeException.class,
                    () -> yt.comments().reply(YouTubeTestSupport.ACCOUNT, c, "hello", "reply-2"));
            assertThat(e.retryable()).isFalse();
            assertThat(sim.apiRequests() - before).isEqualTo(1);
        }
    }

    @Test
    void a_reply_that_went_through_before_its_answer_was_lost_is_found_not_posted_twice() {
        try (YouTubeConnector yt = connector()) {
            Comment c = yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(5))
                    .items().get(0);
            sim.failNext(Fault.DROP_AFTER_ACCEPT, 1);
            assertThat(catchThrowableOfType(AmbiguousOutcomeException.class,
                    () -> yt.comments().reply(YouTubeTestSupport.ACCOUNT, c, "See you next week", "reply-3"))).isNotNull();
            assertThat(sim.replies(c.commentId())).as("YouTube posted it").containsExactly("See you next week");
            Comment replied = yt.comments().reply(YouTubeTestSupport.ACCOUNT, c, "See you next week", "reply-3");
            assertThat(sim.replies(c.commentId())).as("the same key found it instead of posting again")
                    .containsExactly("See you next week");
            assertThat(replied.state()).isEqualTo(ReplyState.REPLIED);
            assertThat(replied.replies()).singleElement().satisfies(r -> assertThat(r.author().id())
                    .isEqualTo(YouTubeTestSupport.CHANNEL));
        }
    }

    @Test
    void a_reply_whose_request_never_arrived_is_posted_by_the_second_attempt_with_the_same_key() {
        try (YouTubeConnector yt = connector()) {
            Comment c = yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(5))
                    .items().get(0);
            sim.failNext(Fault.DROP_BEFORE_ACCEPT, 1);
            assertThat(catchThrowableOfType(AmbiguousOutcomeException.class,
                    () -> yt.comments().reply(YouTubeTestSupport.ACCOUNT, c, "Thanks!", "reply-4"))).isNotNull();
            assertThat(sim.replies(c.commentId())).isEmpty();
            yt.comments().reply(YouTubeTestSupport.ACCOUNT, c, "Thanks!", "reply-4");
            assertThat(sim.replies(c.commentId())).containsExactly("Thanks!");
        }
    }

    @Test
    void moderation_sets_the_status_and_delete_rejects_while_feature_is_unsupported() {
        try (YouTubeConnector yt = connector()) {
            Comment c = yt.comments().comments(YouTubeTestSupport.ACCOUNT, YouTubeTestSupport.VIDEO_A, PageRequest.first(5))
                    .items().get(1);
            yt.moderate(YouTubeTestSupport.ACCOUNT, c.commentId(), ModerationStatus.HELD_FOR_REVIEW, false);
            assertThat(sim.moderationStatus(c.commentId())).isEqualTo("heldForReview");
            yt.comments().delete(YouTubeTestSupport.ACCOUNT, c);
            assertThat(sim.moderationStatus(c.commentId())).isEqualTo("rejected");
            assertThat(catchThrowableOfType(UnsupportedCapabilityException.class,
                    () -> yt.comments().feature(YouTubeTestSupport.ACCOUNT, c, true))).isNotNull();
            assertThat(catchThrowableOfType(io.github.mediaops.core.InvalidValueException.class,
                    () -> yt.moderate(YouTubeTestSupport.ACCOUNT, c.commentId(), ModerationStatus.PUBLISHED, true)).field())
                    .isEqualTo("banAuthor");
        }
    }
}
