package io.github.mediaops.analytics.planning.inbox;

/** Urgency, P1 most urgent. */
public enum Priority { P1, P2, P3, P4 }
