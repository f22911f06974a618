package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.validate.Checks;
import java.util.Optional;

/**
 * One production step before publishing (draft, design, review, approval) and how many working days
 * it takes.
 *
 * @param name        e.g. "draft"; never blank
 * @param workingDays working days the step needs; at least 1
 * @param owner       who does it, or {@code null} for the plan entry's owner
 */
public record Stage(String name, int workingDays, String owner) {
    public Stage {
        Checks.notBlank(name, "name");
        Checks.positive(workingDays, "workingDays");
        Checks.blankToNullRejected(owner, "owner");
    }

    /** A step owned by the entry's owner. */
    public static Stage of(String name, int workingDays) {
        return new Stage(name, workingDays, null);
    }

    public Optional<String> ownerName() {
        return Optional.ofNullable(owner);
    }
}
