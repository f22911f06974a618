package io.github.mediaops.core.compliance;

/** How bad a {@link Finding} is. */
public enum Severity {
    /** Likely illegal or certain to be refused: fix before publishing. */
    HIGH,
    /** Risky: review, usually rewrite. */
    MEDIUM,
    /** Worth a look; often fine in context. */
    LOW;

    static Severity parse(String s, String where) {
        try {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new io.github.mediaops.core.InvalidValueException(where, where + ": severity must be HIGH, MEDIUM or LOW (was \""
                    + s.trim() + "\")");
        }
    }
}
