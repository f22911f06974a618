package io.github.mediaops.abtest.assign;

import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The documented, stable hash that maps a unit id to a bucket. It depends only on SHA-256 (present in
 * every Java platform since 1.4) and integer arithmetic, so it gives the same bucket on every JVM,
 * version and language:
 *
 * <pre>
 *   digest = SHA-256( UTF-8(salt) || 0x00 || UTF-8(unitId) )
 *   top32  = the first 4 bytes of digest as an unsigned big-endian integer
 *   bucket = floor(top32 * 1_000_000 / 2^32)          in [0, 1_000_000)
 * </pre>
 *
 * Test vectors (salt, unit id, bucket) are in the module README and checked by the tests against
 * Python's {@code hashlib}. A fresh salt per experiment makes assignments of different experiments
 * independent.
 *
 * @since 0.1.0
 */
public final class HashBucketing {
    /** Number of buckets: weights have a resolution of one millionth. */
    public static final int BUCKETS = 1_000_000;

    private HashBucketing() {
    }

    /**
     * Starts a bucketing under {@code salt} (not null; may be empty); name the unit next:
     * {@code HashBucketing.salt("exp-42").bucket("user-1")}.
     */
    public static Salted salt(String salt) {
        return new Salted(Checks.notNull(salt, "salt"));
    }

    /** A bucketing whose salt is named; {@link #bucket} maps a unit id under it. */
    public static final class Salted {
        private final String salt;

        private Salted(String salt) {
            this.salt = salt;
        }

        /** The bucket in {@code [0, BUCKETS)} of {@code unitId} (not blank) under this salt. */
        public int bucket(String unitId) {
            return HashBucketing.bucket(salt, unitId);
        }
    }

    private static int bucket(String salt, String unitId) {
        Checks.notBlank(unitId, "unitId");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
        sha.update(salt.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        byte[] d = sha.digest(unitId.getBytes(StandardCharsets.UTF_8));
        long top32 = ((d[0] & 0xFFL) << 24) | ((d[1] & 0xFFL) << 16) | ((d[2] & 0xFFL) << 8) | (d[3] & 0xFFL);
        return (int) ((top32 * BUCKETS) >>> 32);
    }
}
