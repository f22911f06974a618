package io.github.mediaops.abtest;

/**
 * The alternative hypothesis about the effect {@code treatment - control}.
 *
 * @since 0.1.0
 */
public enum Alternative {
    /** The treatment differs from the control (either direction). */
    TWO_SIDED,
    /** The treatment is greater than the control. */
    GREATER,
    /** The treatment is less than the control. */
    LESS;

    /** The upper-tail probability used for the critical value at level alpha. */
    double tail(double alpha) {
        return this == TWO_SIDED ? alpha / 2 : alpha;
    }
}
