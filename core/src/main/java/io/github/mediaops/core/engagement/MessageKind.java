package io.github.mediaops.core.engagement;

/** The kind of a private message. */
public enum MessageKind {
    TEXT,
    IMAGE,
    VOICE,
    VIDEO,
    /** A link or card (article, product, mini-program). */
    LINK,
    /** A platform event delivered as a message (follow, unfollow, menu click, scan). */
    EVENT,
    OTHER
}
