package io.github.mediaops.analytics.growth.sentiment;

/**
 * The sign of a sentiment score.
 *
 * @since 0.1.0
 */
public enum Polarity {
    NEGATIVE,
    NEUTRAL,
    POSITIVE
}
