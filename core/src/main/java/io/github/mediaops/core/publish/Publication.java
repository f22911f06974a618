package io.github.mediaops.core.publish;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import java.net.URI;
import java.time.Instant;

/**
 * A post that is live on a platform.
 *
 * @param account     the account it was published on
 * @param postId      the platform's id for the post (WeChat article_id, Douyin item_id, ...)
 * @param url         the public URL
 * @param publishedAt when it went live
 */
public record Publication(AccountRef account, String postId, URI url, Instant publishedAt) {
    public Publication {
        Checks.notNull(account, "account");
        Checks.notBlank(postId, "postId");
        Checks.notNull(url, "url");
        Checks.notNull(publishedAt, "publishedAt");
    }
}
