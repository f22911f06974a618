package io.github.mediaops.connector.support.upload;

import io.github.mediaops.core.InvalidValueException;

/**
 * A platform's rules for splitting an upload into parts, all sizes in bytes.
 *
 * <p>Every part but the last has the same size, chosen as {@code preferredPartBytes} unless that would
 * need more than {@code maxParts} parts, in which case parts grow (up to {@code maxPartBytes}). Only
 * the last part may be smaller than {@code minPartBytes} (as on Douyin and S3-style APIs).
 *
 * <p>With {@code remainderInLastPart} (TikTok's rule) the part count is {@code floor(totalBytes / partBytes)}
 * and the last part takes the trailing bytes as well, so it is at least {@code partBytes} and under twice that; a
 * file smaller than one part goes whole as the only part, and a file over {@code maxPartBytes} always goes in at
 * least two parts.
 *
 * @param minPartBytes       smallest size of a part that is not the last
 * @param preferredPartBytes size used when the part count allows it
 * @param maxPartBytes       largest part the platform accepts
 * @param maxParts           most parts in one upload
 * @param maxTotalBytes      largest file the platform accepts
 * @param firstPartNumber    the number the platform gives the first part ({@code 1} on Douyin, {@code 0} on Kuaishou)
 * @param remainderInLastPart whether the last part takes the bytes left over after {@code floor(total / part)} parts
 *                           (TikTok) rather than being a short part of its own (Douyin, Kuaishou, S3)
 */
public record PartRules(long minPartBytes, long preferredPartBytes, long maxPartBytes, int maxParts,
                        long maxTotalBytes, int firstPartNumber, boolean remainderInLastPart) {

    /** One mebibyte, for writing rules: {@code 5 * PartRules.MIB}. */
    public static final long MIB = 1024L * 1024L;

    /** Rules whose last part is a short part of its own (Douyin, Kuaishou, S3-style APIs). */
    public PartRules(long minPartBytes, long preferredPartBytes, long maxPartBytes, int maxParts, long maxTotalBytes,
                     int firstPartNumber) {
        this(minPartBytes, preferredPartBytes, maxPartBytes, maxParts, maxTotalBytes, firstPartNumber, false);
    }

    /** These rules with the last part taking the trailing bytes ({@code floor} part count), as TikTok wants. */
    public PartRules withRemainderInLastPart() {
        return new PartRules(minPartBytes, preferredPartBytes, maxPartBytes, maxParts, maxTotalBytes, firstPartNumber, true);
    }

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
        if (remainderInLastPart) {
            if (size >= totalBytes) {
                return totalBytes <= maxPartBytes ? totalBytes : totalBytes / 2; // whole, or two parts over the limit
            }
            if (totalBytes / size == 1 && totalBytes > maxPartBytes) {
                return totalBytes / 2; // one part with its remainder would exceed the limit: two parts
            }
        }
        if (size > maxPartBytes) {
            throw new InvalidValueException("totalBytes", "totalBytes " + totalBytes + " needs parts of " + size
                    + " bytes to fit in " + maxParts + " parts, more than the platform's limit of " + maxPartBytes);
        }
        return size;
    }

    /** How many parts a file of {@code totalBytes} is split into. */
    public int partCount(long totalBytes) {
        long size = partBytes(totalBytes);
        return Math.toIntExact(remainderInLastPart ? Math.max(1, totalBytes / size) : ceilDiv(totalBytes, size));
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
