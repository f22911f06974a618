package io.github.mediaops.connector.tiktok;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.Optional;

/**
 * The TikTok-specific choices of one post: how it is sent, who may watch it, which interactions are off, and the
 * cover frame. Only {@link PostMode#DIRECT_POST} sends the privacy level and interaction switches (an inbox upload
 * leaves them to the creator in the app). TikTok's guidelines ask that a person chooses the privacy level and
 * that none is pre-selected, so the default is {@link PrivacyLevel#SELF_ONLY}, which every creator offers and which
 * is the only level apps TikTok has not audited may use.
 *
 * @param mode             direct post or upload to inbox
 * @param privacyLevel     who may watch (direct post); must be one the creator offers, else the publish is refused
 *                         with {@link PrivacyLevelNotOfferedException} before anything is uploaded
 * @param disableComment   turn comments off
 * @param disableDuet      turn duets off
 * @param disableStitch    turn stitches off
 * @param coverTimestampMs the frame used as cover, in milliseconds from the start, or {@code null} for TikTok's choice
 */
public record TikTokPostSettings(PostMode mode, PrivacyLevel privacyLevel, boolean disableComment, boolean disableDuet,
                                 boolean disableStitch, Long coverTimestampMs) {
    public TikTokPostSettings {
        Checks.notNull(mode, "mode");
        Checks.notNull(privacyLevel, "privacyLevel");
        if (coverTimestampMs != null && coverTimestampMs < 0) {
            throw new InvalidValueException("coverTimestampMs", "coverTimestampMs must not be negative (was "
                    + coverTimestampMs + ")");
        }
    }

    /** A direct post visible to {@code privacy}, interactions on, TikTok's cover. */
    public static TikTokPostSettings directPost(PrivacyLevel privacy) {
        return new TikTokPostSettings(PostMode.DIRECT_POST, privacy, false, false, false, null);
    }

    /** An upload to the creator's inbox (drafts), to be finished in the TikTok app. */
    public static TikTokPostSettings inbox() {
        return new TikTokPostSettings(PostMode.INBOX, PrivacyLevel.SELF_ONLY, false, false, false, null);
    }

    /** These settings with comments, duets and stitches switched off as given. */
    public TikTokPostSettings withInteractionsDisabled(boolean comment, boolean duet, boolean stitch) {
        return new TikTokPostSettings(mode, privacyLevel, comment, duet, stitch, coverTimestampMs);
    }

    /** These settings with the cover taken at {@code millis} from the start. */
    public TikTokPostSettings withCoverAt(long millis) {
        return new TikTokPostSettings(mode, privacyLevel, disableComment, disableDuet, disableStitch, millis);
    }

    /** The cover frame, if chosen. */
    public Optional<Long> coverTimestamp() {
        return Optional.ofNullable(coverTimestampMs);
    }
}
