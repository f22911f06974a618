package io.github.mediaops.core.engagement;

import io.github.mediaops.core.validate.Checks;

/**
 * The author of a comment or message as the platform identifies them. Ids are often app-scoped (WeChat
 * openid, Douyin open_id) and never a real-world identity.
 *
 * @param id   the platform's (often app-scoped) user id
 * @param name the nickname shown, may be empty when the platform hides it
 */
public record Author(String id, String name) {
    public Author {
        Checks.notBlank(id, "id");
        Checks.notNull(name, "name");
    }
}
