package io.github.mediaops.connector.support.upload;

import java.util.Optional;
import java.util.Set;

/**
 * A platform's chunked-upload calls. Implemented by a platform module (Douyin
 * {@code init_video_part_upload} / {@code upload_video_part} / {@code complete_video_part_upload};
 * Kuaishou {@code start_upload} / {@code fragment} / {@code complete}); called by {@link ChunkedUpload}
 * one step at a time, never concurrently for one upload.
 *
 * <p>Each method throws the platform's typed {@code ConnectorException} on failure; {@link ChunkedUpload}
 * wraps it in an {@link UploadInterruptedException} that carries the state to resume from.
 *
 * @param <R> what completing the upload yields (a video id, an upload token)
 */
public interface UploadProtocol<R> {

    /**
     * Opens an upload session.
     *
     * @return the platform's id of the session ({@code upload_id}, {@code upload_token})
     */
    String begin(long totalBytes, int partCount);

    /**
     * Sends one part. Sending a part again (after a dropped connection) must be harmless on the
     * platform: parts are addressed by number and a second copy replaces the first.
     */
    PartReceipt sendPart(String uploadId, UploadPart part, PartBody body);

    /** Closes the session once every part is in; returns the platform's result. */
    R complete(String uploadId, UploadState state);

    /**
     * The part numbers the platform already holds, for platforms that can say (Kuaishou's
     * {@code upload/resume}). When present, a resumed upload trusts it over its own record.
     */
    default Optional<Set<Integer>> receivedParts(String uploadId) {
        return Optional.empty();
    }
}
