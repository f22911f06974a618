package io.github.mediaops.analytics.growth.monitor;

/** Severity of a crisis alert, in increasing order. */
public enum AlertLevel {
    /** Nothing unusual. */
    NONE,
    /** One signal: look at it. */
    WATCH,
    /** Two independent signals: prepare a response. */
    WARNING,
    /** Three or more signals, or a volume far above normal: respond now. */
    CRITICAL;

    AlertLevel up() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }
}
