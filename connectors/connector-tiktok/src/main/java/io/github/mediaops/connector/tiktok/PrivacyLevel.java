package io.github.mediaops.connector.tiktok;

/**
 * Who may watch a TikTok post: the values of {@code post_info.privacy_level}. A creator offers a subset of them
 * ({@code creator_info/query}'s {@code privacy_level_options}, e.g. no {@link #FOLLOWER_OF_CREATOR} on a public
 * account, only {@link #SELF_ONLY} on a private one); apps TikTok has not audited may only post {@link #SELF_ONLY}.
 */
public enum PrivacyLevel {
    /** Everyone. */
    PUBLIC_TO_EVERYONE,
    /** Friends: accounts that follow each other. */
    MUTUAL_FOLLOW_FRIENDS,
    /** The creator's followers (private accounts). */
    FOLLOWER_OF_CREATOR,
    /** Only the creator. */
    SELF_ONLY
}
