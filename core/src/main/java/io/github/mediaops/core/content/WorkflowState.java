package io.github.mediaops.core.content;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a content item is in the team's workflow. Allowed moves:
 * <pre>
 * DRAFT -> IN_REVIEW -> APPROVED -> SCHEDULED -> PUBLISHED -> ARCHIVED
 *            |  ^          |  |         |
 *            v  |          v  +---------+--> PUBLISHED (publish now)
 *           DRAFT        DRAFT        APPROVED (unschedule)
 * </pre>
 * and any state but PUBLISHED may also move to ARCHIVED (abandoned).
 */
public enum WorkflowState {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED;

    /** The states this one may move to. */
    public Set<WorkflowState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW, ARCHIVED);
            case IN_REVIEW -> EnumSet.of(APPROVED, DRAFT, ARCHIVED);
            case APPROVED -> EnumSet.of(SCHEDULED, PUBLISHED, DRAFT, ARCHIVED);
            case SCHEDULED -> EnumSet.of(PUBLISHED, APPROVED, ARCHIVED);
            case PUBLISHED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(WorkflowState.class);
        };
    }

    public boolean canMoveTo(WorkflowState target) {
        return next().contains(target);
    }
}
