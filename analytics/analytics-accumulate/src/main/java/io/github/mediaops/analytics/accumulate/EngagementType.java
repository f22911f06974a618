package io.github.mediaops.analytics.accumulate;

/** What a user did with a post. */
public enum EngagementType {
    VIEW, LIKE, COMMENT, SHARE, SAVE, CLICK;

    static final EngagementType[] VALUES = values();
}
