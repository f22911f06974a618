package io.github.mediaops.core.content;

import io.github.mediaops.core.validate.Checks;
import java.time.Instant;

/**
 * One step of a content item's workflow history: who moved it into which state, and when.
 *
 * @param state the state entered
 * @param by    who made the change (a user id or name); never blank
 * @param at    when
 * @param note  an optional remark (a reviewer's comment), or {@code null}
 */
public record WorkflowEvent(WorkflowState state, String by, Instant at, String note) {
    public WorkflowEvent {
        Checks.notNull(state, "state");
        Checks.notBlank(by, "by");
        Checks.notNull(at, "at");
        Checks.blankToNullRejected(note, "note");
    }

    public static WorkflowEvent of(WorkflowState state, String by, Instant at) {
        return new WorkflowEvent(state, by, at, null);
    }
}
