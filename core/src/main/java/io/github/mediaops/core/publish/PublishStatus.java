package io.github.mediaops.core.publish;

/** The state of an asynchronous publish job. */
public enum PublishStatus {
    /** Accepted by the platform, still being processed (uploading, transcoding, reviewing). */
    PENDING,
    /** Live on the platform; the ticket carries the {@link Publication}. */
    PUBLISHED,
    /** Failed for a technical reason; the ticket carries the platform's reason. */
    FAILED,
    /** Refused by the platform's review (audit, originality check, rule violation). */
    REJECTED;

    /** Whether the job has finished, for better or worse. */
    public boolean terminal() {
        return this != PENDING;
    }
}
