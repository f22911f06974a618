package io.github.mediaops.connector.support.upload;

import io.github.mediaops.core.InvalidValueException;

/**
 * A platform's rules for splitting an upload into parts, all sizes in bytes.
 *
 * <p>Every part but the last has the same size, chosen as {@code preferredPartBytes} unless that would
 * need more than {@code maxParts} parts, in which case parts grow (up to {@code maxPartBytes}). Only
 * the last part may be smaller than {@code minPartBytes} (as on Douyin and S3-style APIs).
 *
 * @param minPartBytes       smallest size of a part that is not the last
 * @param preferredPartBytes size used when the part count allows it
 * @param maxPartBytes       largest part the platform accepts
 * @param maxParts           most parts in one upload
 * @param maxTotalBytes      largest file the platform accepts
 * @param firstPartNumber    the number the platform gives the first part ({@code 1} on Douyin, {@code 0} on Kuaishou)
 */
public record PartRules(long minPartBytes, long preferredPartBytes, long maxPartBytes, int maxParts,
                        long maxTotalBytes, int firstPartNumber) {

    /** One mebibyte, for writing rules: {@code 5 * PartRules.MIB}. */
    public static final long MIB = 1024L * 1024L;

    public PartRules {
        if (minPartBytes < 1) {
            throw new InvalidValueException("minPartBytes", "minPartBytes must be at least 1 (was " + minPartBytes + ")");
        }
        if (preferredPartBytes < minPartBytes || preferredPartBytes > maxPartBytes) {
            throw new InvalidValueException("preferredPartBytes", "preferredPartBytes must lie in [minPartBytes "
                    + minPartBytes + ", maxPartBytes " + maxPartBytes + "] (was " + preferredPartBytes + ")");
        }
        if (maxParts < 1) {
            throw new InvalidValueException("maxParts", "maxParts must be at least 1 (was " + maxParts + ")");
        }
        if (maxTotalBytes < 1) {
            throw new InvalidValueException("maxTotalBytes", "maxTotalBytes must be at least 1 (was " + maxTotalBytes + ")");
        }
        if (firstPartNumber < 0) {
            throw new InvalidValueException("firstPartNumber", "firstPartNumber must not be negative (was " + firstPartNumber + ")");
        }
    }

    /**
     * The size of every part but the last for a file of {@code totalBytes}.
     *
     * @throws InvalidValueException (field {@code totalBytes}) if the file is empty, larger than
     *         {@code maxTotalBytes}, or cannot be split into {@code maxParts} parts of at most {@code maxPartBytes}
     */
    public long partBytes(long totalBytes) {
        if (totalBytes < 1) {
            throw new InvalidValueException("totalBytes", "an upload needs at least 1 byte (was " + totalBytes + ")");
        }
        if (totalBytes > maxTotalBytes) {
            throw new InvalidValueException("totalBytes", "totalBytes " + totalBytes
                    + " exceeds the platform's limit of " + maxTotalBytes + " bytes");
        }
        long size = Math.max(preferredPartBytes, ceilDiv(totalBytes, maxParts));
        if (size > maxPartBytes) {
            throw new InvalidValueException("totalBytes", "totalBytes " + totalBytes + " needs parts of " + size
                    + " bytes to fit in " + maxParts + " parts, more than the platform's limit of " + maxPartBytes);
        }
        return size;
    }

    /** How many parts a file of {@code totalBytes} is split into. */
    public int partCount(long totalBytes) {
        return Math.toIntExact(ceilDiv(totalBytes, partBytes(totalBytes)));
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
