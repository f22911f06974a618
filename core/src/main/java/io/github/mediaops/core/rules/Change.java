package io.github.mediaops.core.rules;

import io.github.mediaops.core.validate.Checks;

/**
 * One change adaptation made to a master item for a platform.
 *
 * @param step        the name of the step that made it, e.g. {@code truncate}
 * @param field       the field changed, e.g. {@code title}
 * @param description what changed, in words
 */
public record Change(String step, String field, String description) {
    public Change {
        Checks.notBlank(step, "step");
        Checks.notBlank(field, "field");
        Checks.notBlank(description, "description");
    }

    @Override
    public String toString() {
        return step + " " + field + ": " + description;
    }
}
