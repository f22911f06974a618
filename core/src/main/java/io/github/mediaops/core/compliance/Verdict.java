package io.github.mediaops.core.compliance;

/**
 * What a host should do with a {@link Finding}.
 *
 * <p>{@link #VIOLATION}: the text breaks the rule as written; fix it before publishing. {@link #REVIEW}: whether it
 * breaks the rule depends on facts the checker cannot know (a ranking limited in time and place that may be true
 * and sourced, an endorsement whose product category is unclear); route it to a person with
 * {@link Finding#reason()}.
 */
public enum Verdict {
    /** Clear violation of the cited article. */
    VIOLATION,
    /** Depends on facts outside the text: a person decides. */
    REVIEW
}
