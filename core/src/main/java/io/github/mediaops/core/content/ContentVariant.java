package io.github.mediaops.core.content;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.util.List;

/**
 * A content item adapted for one platform: its own title, body, hashtags and media, derived from a
 * master item.
 *
 * @param masterId the id of the master {@link ContentItem}
 * @param platform the platform the variant is for
 * @param content  the adapted content; its id identifies the variant and must differ from the master's
 * @param changes  what adaptation changed, in words, for review ("title truncated to 30 characters")
 */
public record ContentVariant(String masterId, Platform platform, ContentItem content, List<String> changes) {
    public ContentVariant {
        Checks.notBlank(masterId, "masterId");
        Checks.notNull(platform, "platform");
        Checks.notNull(content, "content");
        changes = Checks.notBlankEach(changes, "changes");
        if (content.id().equals(masterId)) {
            throw new InvalidValueException("content.id", "a variant needs its own id, not the master's (" + masterId + ")");
        }
    }

    /** The master item published unchanged on a platform, as variant {@code masterId + "@" + platform}. */
    public static ContentVariant unchanged(ContentItem master, Platform platform) {
        ContentItem copy = new ContentItem(master.id() + "@" + platform.id(), master.kind(), master.title(), master.body(),
                master.summary(), master.cover(), master.media(), master.hashtags(), master.mentions(), master.links(),
                master.language(), master.script(), master.history());
        return new ContentVariant(master.id(), platform, copy, List.of());
    }
}
