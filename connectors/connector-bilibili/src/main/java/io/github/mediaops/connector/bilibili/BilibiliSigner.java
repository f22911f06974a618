package io.github.mediaops.connector.bilibili;

import io.github.mediaops.connector.support.Signatures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Bilibili's request signature (接口签名实现标准, signature version 2.0; platform-apis.md §5.1, platform-apis-2.md
 * §7.1 and the official demo {@code bilibili-openplatform/SignatureAlgorithm_DotnetDemo}): six {@code x-bili-*}
 * headers ({@code accesskeyid} = client id, {@code content-md5} = hex MD5 of the body, MD5 of "" for a GET,
 * {@code signature-method} HMAC-SHA256, a fresh {@code signature-nonce}, {@code signature-version} 2.0,
 * {@code timestamp} in Unix seconds, accepted within ±10 minutes), and {@code Authorization} = lowercase hex
 * HMAC-SHA256(client secret, the six headers sorted by name as {@code name:value} lines joined by {@code \n},
 * no trailing newline). The user's token rides in the {@code access-token} header as well as in the query.
 *
 * <p>Headers are computed per attempt (the runtime calls the request supplier again for a retry), so a retried
 * request carries a fresh timestamp and nonce: Bilibili refuses a nonce it has seen (4004).
 */
final class BilibiliSigner {
    static final String VERSION = "2.0";
    static final String METHOD = "HMAC-SHA256";

    private final String clientId;
    private final String secret;
    private final Clock clock;
    private final Supplier<String> nonces;

    BilibiliSigner(String clientId, String secret, Clock clock, Supplier<String> nonces) {
        this.clientId = clientId;
        this.secret = secret;
        this.clock = clock;
        this.nonces = nonces;
    }

    /** The headers of a request with {@code body} (empty for a GET) and, when not null, the user's token. */
    Map<String, String> headers(byte[] body, String accessToken) {
        Map<String, String> signed = new TreeMap<>();
        signed.put("x-bili-accesskeyid", clientId);
        signed.put("x-bili-content-md5", md5Hex(body));
        signed.put("x-bili-signature-method", METHOD);
        signed.put("x-bili-signature-nonce", nonces.get());
        signed.put("x-bili-signature-version", VERSION);
        signed.put("x-bili-timestamp", Long.toString(clock.instant().getEpochSecond()));
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Accept", "application/json");
        all.putAll(signed);
        all.put("Authorization", authorization(secret, signed));
        if (accessToken != null) {
            all.put("access-token", accessToken);
        }
        return all;
    }

    /** The {@code Authorization} value of {@code xBiliHeaders} (names in lower case). */
    static String authorization(String secret, Map<String, String> xBiliHeaders) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(xBiliHeaders).forEach((k, v) -> s.append(s.isEmpty() ? "" : "\n").append(k).append(':').append(v));
        return Signatures.hmacSha256Hex(secret, s.toString());
    }

    static String md5Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "BilibiliSigner[" + clientId + ", secret=****]";
    }
}
