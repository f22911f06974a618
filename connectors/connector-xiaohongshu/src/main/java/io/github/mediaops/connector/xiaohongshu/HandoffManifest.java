package io.github.mediaops.connector.xiaohongshu;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * The {@code manifest.json} of a hand-off package: everything a person or an RPA tool needs to post the
 * note, and everything adaptation changed on the way (nothing is lost silently).
 *
 * @param schema         {@code mediaops.xiaohongshu.handoff/1}
 * @param handoffId      the package's id; give it back with the note id once posted
 * @param idempotencyKey the key of the request that made it
 * @param platform       {@code xiaohongshu}
 * @param account        the account to post from
 * @param contentId      the adapted item's id
 * @param form           the note form of the rules ({@code note} for image notes, {@code video})
 * @param createdAt      when the package was written (ISO-8601 instant)
 * @param title          the title to type (within the platform's limit)
 * @param body           the text to paste, topics included as {@code #话题}
 * @param topics         the topics, bare, in order (for tools that pick topics from the editor's list)
 * @param files          the media in posting order; the first image is the cover
 * @param adaptations    every change made to the master for the note rules and the package, in words
 * @param unresolved     rule violations adaptation could not fix and that were not enforced (unverified rules)
 * @param compliance     compliance findings (Advertising Law terms, missing labels) for a reviewer
 * @param steps          the posting steps, in Chinese and English
 */
public record HandoffManifest(String schema, String handoffId, String idempotencyKey, String platform, String account,
                              String contentId, String form, String createdAt, String title, String body,
                              List<String> topics, List<HandoffFile> files, List<String> adaptations,
                              List<String> unresolved, List<String> compliance, List<String> steps) {
    /** The schema id of this manifest version. */
    public static final String SCHEMA = "mediaops.xiaohongshu.handoff/1";

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
