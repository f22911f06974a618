package io.github.mediaops.core.rules;

/**
 * The numeric limits a platform form may set, with the key each has in a rule file
 * ({@code <form>.<key> = <value> ; <confidence> ; <source>}).
 */
public enum NumericRule {
    IMAGES_MIN("images.min"),
    IMAGES_MAX("images.max"),
    IMAGE_MAX_BYTES("images.maxBytes"),
    VIDEO_MIN_SECONDS("video.minSeconds"),
    VIDEO_MAX_SECONDS("video.maxSeconds"),
    VIDEO_MAX_BYTES("video.maxBytes"),
    VIDEO_MIN_FPS("video.minFps"),
    VIDEO_MAX_FPS("video.maxFps"),
    VIDEO_MIN_SIDE("video.minSide"),
    VIDEO_MAX_SIDE("video.maxSide"),
    COVER_MAX_BYTES("cover.maxBytes"),
    COVER_MIN_WIDTH("cover.minWidth"),
    COVER_MIN_HEIGHT("cover.minHeight"),
    HASHTAGS_MAX("hashtags.max"),
    MENTIONS_MAX("mentions.max"),
    LINKS_MAX("links.max"),
    THREAD_MAX_POSTS("thread.maxPosts");

    private final String key;

    NumericRule(String key) {
        this.key = key;
    }

    /** The key in a rule file, after the form prefix. */
    public String key() {
        return key;
    }
}
