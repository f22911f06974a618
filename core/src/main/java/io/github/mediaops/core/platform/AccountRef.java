package io.github.mediaops.core.platform;

import io.github.mediaops.core.validate.Checks;

/**
 * Identifies one account on one platform, e.g. a WeChat Official Account by its original id
 * ({@code gh_...}) or a Douyin account by its open_id.
 *
 * @param platform  the platform
 * @param accountId the platform's own id for the account; never blank
 */
public record AccountRef(Platform platform, String accountId) {
    public AccountRef {
        Checks.notNull(platform, "platform");
        Checks.notBlank(accountId, "accountId");
    }

    public static AccountRef of(Platform platform, String accountId) {
        return new AccountRef(platform, accountId);
    }

    @Override
    public String toString() {
        return platform.id() + ":" + accountId;
    }
}
