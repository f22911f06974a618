package io.github.mediaops.connector.support.upload;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The resumable record of one chunked upload: the platform's session id, how the source was split,
 * and the parts the platform accepted (number to lower-case hex MD5 of what was sent). Immutable;
 * {@link java.io.Serializable} and a plain record, so it can be written with Java serialisation or
 * Jackson and kept in a database, a file or a queue message until the upload resumes.
 *
 * <p>The session id can be a credential (Kuaishou's {@code upload_token}), so {@link #toString()}
 * masks it.
 *
 * @param uploadId        the platform's session id
 * @param totalBytes      bytes in the source
 * @param partBytes       size of every part but the last
 * @param partCount       number of parts: {@code ceil(totalBytes / partBytes)}, or with {@code remainderInLastPart}
 *                        {@code floor(totalBytes / partBytes)} (at least 1), the last part taking the trailing bytes
 * @param firstPartNumber number of the first part on this platform
 * @param completedParts  accepted parts, part number to MD5 hex of the bytes sent
 * @param remainderInLastPart whether the last part takes the trailing bytes ({@link PartRules#remainderInLastPart()})
 */
public record UploadState(String uploadId, long totalBytes, long partBytes, int partCount, int firstPartNumber,
                          SortedMap<Integer, String> completedParts, boolean remainderInLastPart) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A state whose last part is a short part of its own ({@code ceil} part count). */
    public UploadState(String uploadId, long totalBytes, long partBytes, int partCount, int firstPartNumber,
                       SortedMap<Integer, String> completedParts) {
        this(uploadId, totalBytes, partBytes, partCount, firstPartNumber, completedParts, false);
    }

    public UploadState {
        Checks.notBlank(uploadId, "uploadId");
        Checks.positive(totalBytes, "totalBytes");
        Checks.positive(partBytes, "partBytes");
        Checks.positive(partCount, "partCount");
        Checks.nonNegative(firstPartNumber, "firstPartNumber");
        long expected = remainderInLastPart ? Math.max(1, totalBytes / partBytes) : PartRules.ceilDiv(totalBytes, partBytes);
        if (expected != partCount) {
            throw new InvalidValueException("partCount", "partCount " + partCount + " does not split " + totalBytes
                    + " bytes into parts of " + partBytes);
        }
        TreeMap<Integer, String> copy = new TreeMap<>();
        for (Map.Entry<Integer, String> e : Checks.notNull(completedParts, "completedParts").entrySet()) {
            int n = Checks.notNull(e.getKey(), "completedParts key");
            if (n < firstPartNumber || n >= firstPartNumber + partCount) {
                throw new InvalidValueException("completedParts", "part number " + n + " is outside "
                        + firstPartNumber + ".." + (firstPartNumber + partCount - 1));
            }
            copy.put(n, Checks.notBlank(e.getValue(), "completedParts[" + n + "]"));
        }
        completedParts = Collections.unmodifiableSortedMap(copy);
    }

    static UploadState opened(String uploadId, long totalBytes, PartRules rules) {
        return new UploadState(uploadId, totalBytes, rules.partBytes(totalBytes), rules.partCount(totalBytes),
                rules.firstPartNumber(), new TreeMap<>(), rules.remainderInLastPart());
    }

    /** The part at {@code index} (from 0). */
    public UploadPart part(int index) {
        Checks.nonNegative(index, "index");
        if (index >= partCount) {
            throw new InvalidValueException("index", "index " + index + " is beyond the last part " + (partCount - 1));
        }
        long offset = index * partBytes;
        long length = index == partCount - 1 ? totalBytes - offset : partBytes; // the last part takes what is left
        return new UploadPart(index, firstPartNumber + index, partCount, offset, length);
    }

    /** Whether every part has been accepted. */
    public boolean allPartsDone() {
        return completedParts.size() == partCount;
    }

    /** Bytes in the accepted parts. */
    public long bytesDone() {
        long sum = 0;
        for (int n : completedParts.keySet()) {
            sum += part(n - firstPartNumber).length();
        }
        return sum;
    }

    /** This state with one more accepted part. */
    public UploadState withCompleted(UploadPart part, String md5Hex) {
        TreeMap<Integer, String> next = new TreeMap<>(completedParts);
        next.put(part.number(), md5Hex);
        return new UploadState(uploadId, totalBytes, partBytes, partCount, firstPartNumber, next, remainderInLastPart);
    }

    /** This state keeping only the accepted parts the platform says it holds. */
    public UploadState retainingOnly(java.util.Set<Integer> partNumbers) {
        TreeMap<Integer, String> next = new TreeMap<>(completedParts);
        next.keySet().retainAll(partNumbers);
        return new UploadState(uploadId, totalBytes, partBytes, partCount, firstPartNumber, next, remainderInLastPart);
    }

    @Override
    public String toString() {
        return "UploadState[uploadId=***, totalBytes=" + totalBytes + ", partBytes=" + partBytes + ", partCount="
                + partCount + ", firstPartNumber=" + firstPartNumber + ", completedParts=" + completedParts.keySet() + "]";
    }
}
