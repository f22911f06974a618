package io.github.mediaops.connector.kuaishou;

/**
 * Told how far a video upload has got: after each part the upload gateway confirmed (a whole small file, or one
 * fragment of a large one), including the parts a resumed upload found already there. Called on the publishing
 * thread; keep it quick and do not throw.
 */
@FunctionalInterface
public interface UploadListener {
    /** A listener that ignores progress. */
    UploadListener NONE = (key, confirmed, total) -> { };

    /**
     * @param idempotencyKey the key of the publish request the upload belongs to
     * @param confirmedBytes bytes the gateway holds so far
     * @param totalBytes     the file's size
     */
    void progress(String idempotencyKey, long confirmedBytes, long totalBytes);
}
