package io.github.mediaops.core.rules;

/** What a {@link Violation} is about. */
public enum ViolationCode {
    /** The form needs a title and the item has none. */
    TITLE_REQUIRED,
    /** The form has no title field; publish would drop it. Adaptation folds it into the body. */
    TITLE_NOT_SUPPORTED,
    /** A text field is longer than the platform allows, in the platform's unit. */
    TEXT_TOO_LONG,
    /** A text field contains a character the platform refuses. */
    FORBIDDEN_CHARACTER,
    TOO_FEW_IMAGES,
    TOO_MANY_IMAGES,
    IMAGE_FORMAT_NOT_ACCEPTED,
    IMAGE_TOO_LARGE,
    /** The form needs a video and the item has none. */
    VIDEO_REQUIRED,
    /** The form carries no video. */
    VIDEO_NOT_SUPPORTED,
    VIDEO_TOO_SHORT,
    VIDEO_TOO_LONG,
    VIDEO_TOO_LARGE,
    VIDEO_FORMAT_NOT_ACCEPTED,
    VIDEO_ASPECT_NOT_ACCEPTED,
    VIDEO_FRAME_RATE_OUT_OF_RANGE,
    VIDEO_RESOLUTION_OUT_OF_RANGE,
    COVER_REQUIRED,
    COVER_TOO_LARGE,
    COVER_TOO_SMALL,
    TOO_MANY_HASHTAGS,
    /** Topics are not allowed in this form's text. */
    HASHTAGS_NOT_ALLOWED,
    /** A topic is written in another platform's syntax ({@code #话题#} on Douyin). */
    HASHTAG_SYNTAX,
    MENTIONS_NOT_ALLOWED,
    TOO_MANY_MENTIONS,
    LINK_NOT_ALLOWED,
    LINK_REQUIRED,
    LINK_DOMAIN_NOT_ALLOWED,
    TOO_MANY_LINKS
}
