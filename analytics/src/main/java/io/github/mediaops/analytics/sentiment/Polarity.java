package io.github.mediaops.analytics.sentiment;

/** The sign of a sentiment score. */
public enum Polarity {
    NEGATIVE,
    NEUTRAL,
    POSITIVE
}
