package io.github.mediaops.connector.support.upload;

import io.github.mediaops.core.validate.Checks;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the platform said after receiving a part. {@link ChunkedUpload} compares whatever is present
 * with what it sent and fails the part on a mismatch; a platform that reports nothing returns
 * {@link #accepted()}.
 */
public final class PartReceipt {
    private static final PartReceipt ACCEPTED = new PartReceipt(-1, null);

    private final long receivedBytes;
    private final String md5Hex;

    private PartReceipt(long receivedBytes, String md5Hex) {
        this.receivedBytes = receivedBytes;
        this.md5Hex = md5Hex;
    }

    /** The platform accepted the part and reported neither size nor checksum. */
    public static PartReceipt accepted() {
        return ACCEPTED;
    }

    /** The platform reported how many bytes it received. */
    public static PartReceipt ofSize(long receivedBytes) {
        return new PartReceipt(Checks.nonNegative(receivedBytes, "receivedBytes"), null);
    }

    /** The platform reported the MD5 of what it received (hex, any case; an S3-style quoted ETag is unquoted). */
    public static PartReceipt ofMd5(String md5Hex) {
        return new PartReceipt(-1, normalise(md5Hex));
    }

    /** Adds the reported size to this receipt. */
    public PartReceipt withSize(long receivedBytes) {
        return new PartReceipt(Checks.nonNegative(receivedBytes, "receivedBytes"), md5Hex);
    }

    /** Bytes the platform says it received, when it said. */
    public OptionalLong receivedBytes() {
        return receivedBytes < 0 ? OptionalLong.empty() : OptionalLong.of(receivedBytes);
    }

    /** Lower-case hex MD5 the platform computed, when it said. */
    public Optional<String> md5Hex() {
        return Optional.ofNullable(md5Hex);
    }

    private static String normalise(String md5Hex) {
        String s = Checks.notBlank(md5Hex, "md5Hex").strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "PartReceipt[receivedBytes=" + (receivedBytes < 0 ? "?" : receivedBytes)
                + ", md5=" + (md5Hex == null ? "?" : md5Hex) + "]";
    }
}
