package io.github.mediaops.analytics.planning.inbox;

/** What a comment or message wants, as rule-based triage classifies it. */
public enum Intent {
    /** Words that signal a possible public-relations crisis (safety, lawsuit, media exposure). */
    CRISIS,
    COMPLAINT,
    PURCHASE_INTENT,
    QUESTION,
    PRAISE,
    SPAM,
    /** No rule matched. */
    OTHER
}
