package io.github.mediaops.connector.support.upload;

import io.github.mediaops.core.MediaOpsException;
import io.github.mediaops.core.connector.ConnectorException;
import java.util.Optional;

/**
 * A chunked upload stopped before it completed: a part failed (the platform refused it, the
 * connection dropped, or the platform reported a size or checksum that differs from what was sent),
 * or completing the session failed. {@link #state()} holds every part accepted so far; pass it to
 * {@link ChunkedUpload#resume} to send only what is missing.
 *
 * <p>The cause is the platform's typed {@link ConnectorException} when there was one.
 */
public class UploadInterruptedException extends MediaOpsException {
    private static final long serialVersionUID = 1L;

    private final transient UploadState state;
    private final transient UploadPart part;

    UploadInterruptedException(String message, UploadState state, UploadPart part, Throwable cause) {
        super(message, cause);
        this.state = state;
        this.part = part;
    }

    /** The state to resume from. */
    public UploadState state() {
        return state;
    }

    /** The part that failed; empty when completing the session failed. */
    public Optional<UploadPart> failedPart() {
        return Optional.ofNullable(part);
    }

    /**
     * Whether resuming may succeed: the platform's error is retryable, or the failure is a size or
     * checksum mismatch or a local read error that a second attempt may not repeat. A refusal
     * (permission, invalid request, the day's quota) or a listener's own failure is not.
     */
    public boolean retryable() {
        Throwable cause = getCause();
        if (cause instanceof ConnectorException ce) {
            return ce.retryable();
        }
        return cause == null || cause instanceof java.io.UncheckedIOException;
    }
}
