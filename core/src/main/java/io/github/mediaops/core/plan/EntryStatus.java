package io.github.mediaops.core.plan;

/** Progress of one calendar entry of a content plan. */
public enum EntryStatus {
    /** A slot with an idea, nothing written yet. */
    PLANNED,
    /** Being written or produced. */
    IN_PRODUCTION,
    /** Written and approved, waiting for its slot. */
    READY,
    /** Handed to a platform's scheduler. */
    SCHEDULED,
    PUBLISHED,
    CANCELLED
}
