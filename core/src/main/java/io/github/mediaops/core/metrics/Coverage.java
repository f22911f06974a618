package io.github.mediaops.core.metrics;

/** Which stretch of time a metric snapshot's numbers cover. */
public enum Coverage {
    /** Activity during one calendar day, in the snapshot's zone (e.g. WeChat getarticlesummary). */
    DAY,
    /**
     * Totals since the content was published (or the account was created) up to the end of the
     * snapshot's day, or up to its {@code asOf} instant for a live reading (e.g. WeChat getarticletotal).
     */
    LIFETIME
}
