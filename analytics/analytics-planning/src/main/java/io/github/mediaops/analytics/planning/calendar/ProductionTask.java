package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.LocalDate;

/**
 * One step of producing a plan entry, with its owner and the working days it occupies.
 *
 * @param entryId the plan entry
 * @param stage   the stage name
 * @param owner   who does it
 * @param start   first working day of the step
 * @param due     last working day of the step (the step must be done by the end of it)
 */
public record ProductionTask(String entryId, String stage, String owner, LocalDate start, LocalDate due) {
    public ProductionTask {
        Checks.notBlank(entryId, "entryId");
        Checks.notBlank(stage, "stage");
        Checks.notBlank(owner, "owner");
        Checks.notNull(start, "start");
        Checks.notNull(due, "due");
        if (due.isBefore(start)) {
            throw new InvalidValueException("due", "due " + due + " is before start " + start);
        }
    }

    /** True when the step should already have started before {@code today}. */
    public boolean lateOn(LocalDate today) {
        return start.isBefore(Checks.notNull(today, "today"));
    }
}
