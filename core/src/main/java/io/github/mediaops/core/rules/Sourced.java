package io.github.mediaops.core.rules;

import io.github.mediaops.core.validate.Checks;

/**
 * One rule value together with where it comes from and how sure we are of it.
 *
 * @param value      the value (a number, a list, a policy)
 * @param confidence how sure we are
 * @param source     where the value comes from (a documentation page, an SDK file); never blank
 * @param <T>        the type of the value
 */
public record Sourced<T>(T value, Confidence confidence, String source) {
    public Sourced {
        Checks.notNull(value, "value");
        Checks.notNull(confidence, "confidence");
        Checks.notBlank(source, "source");
    }
}
