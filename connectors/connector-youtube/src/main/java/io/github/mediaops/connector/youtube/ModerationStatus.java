package io.github.mediaops.connector.youtube;

/** The {@code moderationStatus} values of {@code comments.setModerationStatus}. */
public enum ModerationStatus {
    /** Shown publicly (clears a held comment). */
    PUBLISHED("published"),
    /** Held for the channel owner's review, not shown. */
    HELD_FOR_REVIEW("heldForReview"),
    /** Not shown; the author may be banned with it. */
    REJECTED("rejected");

    private final String wire;

    ModerationStatus(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }
}
