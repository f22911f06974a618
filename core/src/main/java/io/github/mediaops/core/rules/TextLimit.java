package io.github.mediaops.core.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.validate.Checks;

/**
 * A maximum length of one text field, in the unit the platform counts.
 *
 * @param field      the limited field
 * @param max        the largest allowed length, {@code >= 0}
 * @param unit       how length is counted
 * @param confidence how sure we are of the limit
 * @param source     where the limit comes from
 */
public record TextLimit(TextField field, @JsonProperty(required = true) long max, LengthUnit unit,
                        Confidence confidence, String source) {
    public TextLimit {
        Checks.notNull(field, "field");
        Checks.nonNegative(max, "max");
        Checks.notNull(unit, "unit");
        Checks.notNull(confidence, "confidence");
        Checks.notBlank(source, "source");
    }

    /** Whether {@code text} fits. */
    public boolean fits(CharSequence text) {
        return unit.measure(text) <= max;
    }
}
