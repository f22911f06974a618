package io.github.mediaops.analytics.growth.sentiment;

/** The sign of a sentiment score. */
public enum Polarity {
    NEGATIVE,
    NEUTRAL,
    POSITIVE
}
