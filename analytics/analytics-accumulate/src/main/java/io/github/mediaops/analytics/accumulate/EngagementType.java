package io.github.mediaops.analytics.accumulate;

/**
 * What a user did with a post.
 *
 * @since 0.1.0
 */
public enum EngagementType {
    VIEW, LIKE, COMMENT, SHARE, SAVE, CLICK;

    static final EngagementType[] VALUES = values();
}
