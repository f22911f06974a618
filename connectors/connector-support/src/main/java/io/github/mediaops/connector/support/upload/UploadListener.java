package io.github.mediaops.connector.support.upload;

/**
 * Hears how an upload goes. Both methods are called on the uploading thread, after the platform
 * accepted a part; an exception thrown here aborts the upload (as a failure of that part).
 */
public interface UploadListener {

    /** Does nothing. */
    UploadListener NONE = new UploadListener() {
    };

    /** A listener that hears progress only: {@code UploadListener.ofProgress(p -> bar.show(p.fraction()))}. */
    static UploadListener ofProgress(java.util.function.Consumer<? super UploadProgress> onProgress) {
        io.github.mediaops.core.validate.Checks.notNull(onProgress, "onProgress");
        return new UploadListener() {
            @Override
            public void onProgress(UploadProgress progress) {
                onProgress.accept(progress);
            }
        };
    }

    /**
     * This listener, with every checkpoint handed first to {@code journal} (a connector's publish journal, so
     * that publishing again with the same key resumes the upload) and only then to this listener.
     */
    default UploadListener journaledBy(java.util.function.Consumer<? super UploadState> journal) {
        io.github.mediaops.core.validate.Checks.notNull(journal, "journal");
        UploadListener host = this;
        return new UploadListener() {
            @Override
            public void onProgress(UploadProgress progress) {
                host.onProgress(progress);
            }

            @Override
            public void onCheckpoint(UploadState state) {
                journal.accept(state);
                host.onCheckpoint(state);
            }
        };
    }

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
