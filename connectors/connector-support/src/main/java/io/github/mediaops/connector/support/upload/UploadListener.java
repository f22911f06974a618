package io.github.mediaops.connector.support.upload;

/**
 * Hears how an upload goes. Both methods are called on the uploading thread, after the platform
 * accepted a part; an exception thrown here aborts the upload (as a failure of that part).
 */
public interface UploadListener {

    /** Does nothing. */
    UploadListener NONE = new UploadListener() {
    };

    /** A part was accepted; {@code progress} says how much is done. */
    default void onProgress(UploadProgress progress) {
    }

    /**
     * The resumable state changed (session opened, part accepted). Persist it to resume after a crash
     * of the process, not only after a failed call.
     */
    default void onCheckpoint(UploadState state) {
    }
}
