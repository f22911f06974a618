package io.github.mediaops.connector.support.upload;

/**
 * Where an upload stands after a part.
 *
 * @param bytesDone   bytes the platform holds (finished parts, including ones finished before a resume)
 * @param totalBytes  bytes in the source
 * @param part        the part just finished
 * @param partsDone   finished parts
 * @param resumed     whether this run resumed an earlier one
 */
public record UploadProgress(long bytesDone, long totalBytes, UploadPart part, int partsDone, boolean resumed) {

    /** Fraction of bytes done, in [0, 1]. */
    public double fraction() {
        return totalBytes == 0 ? 1.0 : (double) bytesDone / totalBytes;
    }
}
