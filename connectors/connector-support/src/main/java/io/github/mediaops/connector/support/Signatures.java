package io.github.mediaops.connector.support;

import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature schemes platforms use on webhooks and signed requests (see {@code platform-apis.md}
 * §0.4 and the §11 test vectors), and a constant-time comparison for checking them.
 *
 * <ul>
 *   <li>sorted-concat SHA-1 (WeChat {@code token,timestamp,nonce}; Weibo fan service);</li>
 *   <li>SHA-1 of secret + raw body (Douyin {@code X-Douyin-Signature});</li>
 *   <li>HMAC-SHA256 hex (TikTok {@code t.body}) and Base64 (Feishu bot, key {@code timestamp\nsecret}).</li>
 * </ul>
 */
public final class Signatures {
    private static final HexFormat HEX = HexFormat.of();

    private Signatures() {
    }

    /** Lower-case hex SHA-1 of the bytes. */
    public static String sha1Hex(byte[] data) {
        return HEX.formatHex(digest("SHA-1", data));
    }

    /** Lower-case hex SHA-1 of the parts sorted lexicographically (by UTF-16 code units) and joined without separator. */
    public static String sortedConcatSha1(String... parts) {
        String[] copy = parts.clone();
        for (int i = 0; i < copy.length; i++) {
            Checks.notNull(copy[i], "parts[" + i + "]");
        }
        Arrays.sort(copy);
        return sha1Hex(String.join("", copy).getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-1 of {@code secret} followed by the raw body bytes. */
    public static String sha1HexOfSecretAndBody(String secret, byte[] body) {
        byte[] s = Checks.notNull(secret, "secret").getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(s, s.length + body.length);
        System.arraycopy(body, 0, all, s.length, body.length);
        return sha1Hex(all);
    }

    /** HMAC-SHA256 of {@code message} under {@code key}. */
    public static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static String hmacSha256Hex(String key, String message) {
        return HEX.formatHex(hmacSha256(key.getBytes(StandardCharsets.UTF_8), message.getBytes(StandardCharsets.UTF_8)));
    }

    public static String hmacSha256Base64(String key, String message) {
        return Base64.getEncoder().encodeToString(
                hmacSha256(key.getBytes(StandardCharsets.UTF_8), message.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares two signatures in time independent of where they differ; null never matches. */
    public static boolean constantTimeEquals(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(Checks.notNull(data, "data"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }
}
