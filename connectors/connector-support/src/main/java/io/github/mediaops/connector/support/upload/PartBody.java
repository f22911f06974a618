package io.github.mediaops.connector.support.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The bytes of one part, with the checksums platforms ask for or report (MD5 hex, CRC32). Read once
 * per attempt from the {@link UploadSource}; never retained by {@link ChunkedUpload}.
 */
public final class PartBody {
    private final byte[] bytes;
    private String md5Hex;

    PartBody(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The part's bytes (a copy-free view: do not modify). */
    public byte[] bytes() {
        return bytes;
    }

    /** Number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** Lower-case hex MD5 of the bytes. */
    public String md5Hex() {
        if (md5Hex == null) {
            md5Hex = md5Hex(bytes);
        }
        return md5Hex;
    }

    /** CRC-32 of the bytes (as {@link CRC32}, i.e. the zlib/PNG polynomial). */
    public long crc32() {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "PartBody[" + bytes.length + " bytes]";
    }
}
