package io.github.mediaops.analytics.measure.funnel;

import io.github.mediaops.core.validate.Checks;
import java.util.OptionalDouble;

/**
 * One step of a funnel result.
 *
 * @param step                   the step's name
 * @param users                  users who reached this step in order within the window
 * @param conversionFromPrevious users / users of the previous step; empty for the first step or when
 *                               the previous step had no users
 * @param conversionFromStart    users / users of the first step; empty when nobody entered
 * @param dropOff                users of the previous step who did not reach this one (0 for the first)
 * @param medianSecondsFromStart median seconds from entering the funnel to reaching this step; empty
 *                               when no user reached it
 * @param meanSecondsFromStart   mean of the same
 */
public record StepResult(String step, long users, OptionalDouble conversionFromPrevious, OptionalDouble conversionFromStart,
                         long dropOff, OptionalDouble medianSecondsFromStart, OptionalDouble meanSecondsFromStart) {
    public StepResult {
        Checks.notBlank(step, "step");
        Checks.nonNegative(users, "users");
        Checks.notNull(conversionFromPrevious, "conversionFromPrevious");
        Checks.notNull(conversionFromStart, "conversionFromStart");
        Checks.nonNegative(dropOff, "dropOff");
        Checks.notNull(medianSecondsFromStart, "medianSecondsFromStart");
        Checks.notNull(meanSecondsFromStart, "meanSecondsFromStart");
    }
}
