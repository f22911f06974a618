package io.github.mediaops.core.engagement;

/** Where a comment or message stands from the brand's side. */
public enum ReplyState {
    /** No reply from the account yet. */
    UNREPLIED,
    /** The account has replied. */
    REPLIED,
    /** Hidden or folded by the account or the platform. */
    HIDDEN,
    /** Deleted. */
    DELETED
}
