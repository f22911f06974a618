package io.github.mediaops.analytics.growth.competitor;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.content.ContentKind;
import java.time.Instant;
import java.util.Set;

/**
 * One post as seen publicly (own or competitor).
 *
 * @param accountId   the account that published it
 * @param postId      the platform's post id
 * @param publishedAt when it was published
 * @param kind        its form (article, short video, note, ...)
 * @param engagements likes + comments + shares + saves, as publicly visible
 * @param topics      topics it is about (hashtags or the host's own tagging), lower-case recommended
 */
public record PublicPost(String accountId, String postId, Instant publishedAt, ContentKind kind, long engagements,
                         Set<String> topics) {
    public PublicPost {
        Checks.notBlank(accountId, "accountId");
        Checks.notBlank(postId, "postId");
        Checks.notNull(publishedAt, "publishedAt");
        Checks.notNull(kind, "kind");
        Checks.nonNegative(engagements, "engagements");
        topics = Checks.setOf(topics, "topics");
    }
}
