package io.github.mediaops.core.rules;

/**
 * How sure we are of a platform rule, following the legend of the platform reference: a rule seen in
 * the platform's own documentation, one seen only in third-party material, and one that is commonly
 * cited but not verified. Hosts typically treat violations of {@link #UNVERIFIED} rules as warnings.
 */
public enum Confidence {
    /** Seen in the platform's official documentation or an SDK sample that mirrors it. */
    OFFICIAL,
    /** Seen only in third-party code, documentation or blogs, or inferred. */
    SECONDARY,
    /** Commonly cited, not verified; configure it rather than trust it. */
    UNVERIFIED;

    static Confidence parse(String word, String key) {
        return switch (word.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "official" -> OFFICIAL;
            case "secondary" -> SECONDARY;
            case "unverified" -> UNVERIFIED;
            default -> throw new io.github.mediaops.core.InvalidValueException(key,
                    key + ": confidence must be official, secondary or unverified (was \"" + word.trim() + "\")");
        };
    }
}
