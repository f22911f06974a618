package io.github.mediaops.core.rules;

/** What a platform does with web links (URLs) in the text of a post. */
public enum LinkPolicy {
    /** Links are allowed and clickable. */
    ALLOWED("allowed"),
    /**
     * Links in the text are not clickable or are penalised; operators move them to the first comment,
     * the profile or a link card. Adaptation moves them out of the text into {@code links}.
     */
    MOVE_OUT_OF_TEXT("move-out-of-text"),
    /** A link is required and must be on a domain registered with the platform (Weibo {@code statuses/share}). */
    SAFE_DOMAIN_REQUIRED("safe-domain-required"),
    /** External links are refused; adaptation drops them. */
    FORBIDDEN("forbidden");

    private final String configName;

    LinkPolicy(String configName) {
        this.configName = configName;
    }

    static LinkPolicy fromConfig(String name, String key) {
        for (LinkPolicy p : values()) {
            if (p.configName.equalsIgnoreCase(name.trim())) {
                return p;
            }
        }
        throw new io.github.mediaops.core.InvalidValueException(key, key
                + ": link policy must be allowed, move-out-of-text, safe-domain-required or forbidden (was \"" + name.trim() + "\")");
    }
}
