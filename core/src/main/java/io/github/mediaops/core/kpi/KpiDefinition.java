package io.github.mediaops.core.kpi;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.util.regex.Pattern;

/**
 * What a KPI means: how it is computed, in what unit, and which way is better.
 *
 * @param id        a stable id in lower snake case, e.g. {@code engagement_rate}
 * @param name      a readable name
 * @param formula   the formula in words, naming numerator, denominator and period
 * @param unit      the unit of its value
 * @param direction which way is better
 */
public record KpiDefinition(String id, String name, String formula, KpiUnit unit, Direction direction) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public KpiDefinition {
        Checks.notBlank(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException("id", "KPI id must be lower snake case matching " + ID.pattern()
                    + " (was " + Checks.show(id) + ")");
        }
        Checks.notBlank(name, "name");
        Checks.notBlank(formula, "formula");
        Checks.notNull(unit, "unit");
        Checks.notNull(direction, "direction");
    }
}
