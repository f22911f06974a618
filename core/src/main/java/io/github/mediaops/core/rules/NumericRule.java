package io.github.mediaops.core.rules;

/**
 * The numeric limits a platform form may set, with the key each has in a rule file
 * ({@code <form>.<key> = <value> ; <confidence> ; <source>}).
 */
public enum NumericRule {
    IMAGES_MIN("images.min", "images"),
    IMAGES_MAX("images.max", "images"),
    IMAGE_MAX_BYTES("images.maxBytes", "media.bytes"),
    VIDEO_MIN_SECONDS("video.minSeconds", "media.duration"),
    VIDEO_MAX_SECONDS("video.maxSeconds", "media.duration"),
    VIDEO_MAX_BYTES("video.maxBytes", "media.bytes"),
    VIDEO_MIN_FPS("video.minFps", "media.frameRate"),
    VIDEO_MAX_FPS("video.maxFps", "media.frameRate"),
    VIDEO_MIN_SIDE("video.minSide", "media.size"),
    VIDEO_MAX_SIDE("video.maxSide", "media.size"),
    COVER_MAX_BYTES("cover.maxBytes", "cover.bytes"),
    COVER_MIN_WIDTH("cover.minWidth", "cover.size"),
    COVER_MIN_HEIGHT("cover.minHeight", "cover.size"),
    HASHTAGS_MAX("hashtags.max", "hashtags"),
    MENTIONS_MAX("mentions.max", "mentions"),
    LINKS_MAX("links.max", "links"),
    THREAD_MAX_POSTS("thread.maxPosts", "body");

    private final String key;
    private final String field;

    NumericRule(String key, String field) {
        this.key = key;
        this.field = field;
    }

    /** The key in a rule file, after the form prefix. */
    public String key() {
        return key;
    }

    /** The content field a violation of this rule is reported on. */
    String field() {
        return field;
    }
}
