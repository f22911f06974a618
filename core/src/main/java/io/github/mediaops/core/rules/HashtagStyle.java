package io.github.mediaops.core.rules;

/**
 * How a platform writes a topic (话题) inline in text.
 */
public enum HashtagStyle {
    /** {@code #话题#}: a hash on both sides (Weibo). The topic may contain spaces. */
    PAIRED("paired"),
    /** {@code #话题}: a leading hash, ended by a space or punctuation (Douyin, Xiaohongshu, TikTok, YouTube, X). */
    LEADING("leading"),
    /** The platform has no inline topic syntax; topics are written as plain words. */
    NONE("none");

    private final String configName;

    HashtagStyle(String configName) {
        this.configName = configName;
    }

    /** The topic written in this style; {@link #NONE} gives the bare word. */
    public String render(String tag) {
        return switch (this) {
            case PAIRED -> "#" + tag + "#";
            case LEADING -> "#" + tag;
            case NONE -> tag;
        };
    }

    static HashtagStyle fromConfig(String name, String key) {
        for (HashtagStyle s : values()) {
            if (s.configName.equalsIgnoreCase(name.trim())) {
                return s;
            }
        }
        throw new io.github.mediaops.core.InvalidValueException(key, key + ": hashtag style must be paired, leading or none (was \""
                + name.trim() + "\")");
    }
}
