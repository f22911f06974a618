package io.github.mediaops.analytics.planning.live;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * One user-generated post in a topic or hashtag challenge (话题挑战).
 *
 * @param postId the platform's post id
 * @param userId the author
 * @param at     when it was posted
 * @param views  its views so far
 */
public record TopicPost(String postId, String userId, Instant at, long views) {
    public TopicPost {
        Checks.notBlank(postId, "postId");
        Checks.notBlank(userId, "userId");
        Checks.notNull(at, "at");
        Checks.nonNegative(views, "views");
    }
}
