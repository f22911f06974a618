package io.github.mediaops.core.rules;

/** Whether a platform form has a part at all (a title, a video, a cover) and whether it must be filled. */
public enum Presence {
    /** The form has no such part; adaptation folds or drops it. */
    NONE,
    /** The part may be given. */
    OPTIONAL,
    /** The part must be given. */
    REQUIRED;

    static Presence fromConfig(String v, String key) {
        try {
            return valueOf(v.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new io.github.mediaops.core.InvalidValueException(key, key + ": must be none, optional or required (was \""
                    + v.trim() + "\")");
        }
    }
}
