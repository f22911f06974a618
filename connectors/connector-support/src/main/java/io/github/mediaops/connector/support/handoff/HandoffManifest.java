package io.github.mediaops.connector.support.handoff;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * The {@code manifest.json} of a hand-off package: everything a person or an RPA tool needs to post it, and
 * everything adaptation changed on the way (nothing is lost silently).
 *
 * @param schema         {@code mediaops.<platform>.handoff/1} ({@link HandoffTarget#manifestSchema()})
 * @param handoffId      the package's id; give it back with the post id once posted
 * @param idempotencyKey the key of the request that made it
 * @param platform       the platform id, e.g. {@code xiaohongshu}, {@code wechat-channels}
 * @param account        the account to post from
 * @param contentId      the adapted item's id
 * @param form           the platform form of the content rules (Xiaohongshu {@code note} / {@code video}, Channels {@code video})
 * @param createdAt      when the package was written (ISO-8601 instant)
 * @param title          the title to type (within the platform's limit)
 * @param body           the text to paste, topics included as {@code #话题}
 * @param topics         the topics, bare, in order (for tools that pick topics from the editor's list)
 * @param files          the media in posting order; the first image is the cover
 * @param adaptations    every change made to the master for the platform rules and the package, in words
 * @param unresolved     rule violations adaptation could not fix and that were not enforced (unverified rules)
 * @param compliance     compliance findings (Advertising Law terms, missing labels) for a reviewer
 * @param steps          the posting steps, in Chinese and English
 */
public record HandoffManifest(String schema, String handoffId, String idempotencyKey, String platform, String account,
                              String contentId, String form, String createdAt, String title, String body,
                              List<String> topics, List<HandoffFile> files, List<String> adaptations,
                              List<String> unresolved, List<String> compliance, List<String> steps) {
    public HandoffManifest {
        Checks.notBlank(schema, "schema");
        Checks.notBlank(handoffId, "handoffId");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        Checks.notBlank(platform, "platform");
        Checks.notBlank(account, "account");
        Checks.notBlank(contentId, "contentId");
        Checks.notBlank(form, "form");
        Checks.notBlank(createdAt, "createdAt");
        Checks.notNull(title, "title");
        Checks.notNull(body, "body");
        topics = Checks.listOf(topics, "topics");
        files = Checks.listOf(files, "files");
        adaptations = Checks.listOf(adaptations, "adaptations");
        unresolved = Checks.listOf(unresolved, "unresolved");
        compliance = Checks.listOf(compliance, "compliance");
        steps = Checks.listOf(steps, "steps");
    }
}
