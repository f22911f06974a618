package io.github.mediaops.connector.bilibili;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.Signatures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BilibiliSignerTest {

    /** The vector of platform-apis-2.md §9 (fictitious values of the official signing demo's README). */
    @Test
    void authorization_matches_the_reference_vector() {
        Map<String, String> headers = Map.of(
                "x-bili-accesskeyid", "34c0f583f0414123",
                "x-bili-content-md5", "d41d8cd98f00b204e9800998ecf8427e",
                "x-bili-signature-method", "HMAC-SHA256",
                "x-bili-signature-nonce", "ad184c09-095f-91c3-0849-230dd3744045",
                "x-bili-signature-version", "2.0",
                "x-bili-timestamp", "1700000000");
        assertThat(BilibiliSigner.authorization("abc7736bb78947d5a4a90690c861c456", headers))
                .isEqualTo("a851e5b1afcc98df25c100f07ccfc1ee29440a3b9d378eced7629eda49095f34");
    }

    @Test
    void content_md5_is_the_md5_of_the_body_and_of_nothing_for_a_get() {
        assertThat(BilibiliSigner.md5Hex(new byte[0])).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(BilibiliSigner.md5Hex("{\"title\":\"t\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("81adbed846448a939ab4fe678b898a1b");
    }

    @Test
    void headers_carry_the_six_signed_fields_the_token_and_a_signature_over_exactly_them() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
        BilibiliSigner signer = new BilibiliSigner("34c0f583f0414123", "abc7736bb78947d5a4a90690c861c456", clock,
                () -> "ad184c09-095f-91c3-0849-230dd3744045");
        Map<String, String> h = signer.headers(new byte[0], "tok-123");
        assertThat(h).containsEntry("x-bili-timestamp", "1700000000").containsEntry("x-bili-signature-version", "2.0")
                .containsEntry("access-token", "tok-123").containsEntry("Accept", "application/json");
        // the same six headers as the reference vector: the same signature
        assertThat(h.get("Authorization")).isEqualTo("a851e5b1afcc98df25c100f07ccfc1ee29440a3b9d378eced7629eda49095f34");
        Map<String, String> signed = new TreeMap<>();
        h.forEach((k, v) -> {
            if (k.startsWith("x-bili-")) {
                signed.put(k, v);
            }
        });
        assertThat(signed).hasSize(6);
        StringBuilder s = new StringBuilder();
        signed.forEach((k, v) -> s.append(s.isEmpty() ? "" : "\n").append(k).append(':').append(v));
        assertThat(Signatures.hmacSha256Hex("abc7736bb78947d5a4a90690c861c456", s.toString())).isEqualTo(h.get("Authorization"));
    }

    @Test
    void every_request_gets_a_fresh_nonce_and_the_secret_never_prints() {
        BilibiliSigner signer = new BilibiliSigner("cid", "very-secret-key", Clock.systemUTC(),
                () -> java.util.UUID.randomUUID().toString());
        assertThat(signer.headers(new byte[0], null).get("x-bili-signature-nonce"))
                .isNotEqualTo(signer.headers(new byte[0], null).get("x-bili-signature-nonce"));
        assertThat(signer.headers(new byte[0], null)).doesNotContainKey("access-token");
        assertThat(signer.toString()).doesNotContain("very-secret-key");
    }
}
