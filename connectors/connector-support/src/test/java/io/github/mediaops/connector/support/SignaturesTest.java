package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The signature test vectors of platform-apis.md §11 (computed there with Python hashlib/hmac). */
class SignaturesTest {
    private static final String DOUYIN_BODY = "{\"event\":\"verify_webhook\",\"client_key\":\"abc\",\"content\":{\"challenge\":12345}}";

    @Test
    void weibo_fan_service_sorted_concat_sha1() {
        assertThat(Signatures.sortedConcatSha1("xyz123xyz", "1397022061823", "57155157"))
                .isEqualTo("90e4c22c90a58f26526c2dd5b6c56c8822edeaa1");
    }

    @Test
    void wechat_plain_mode_sorted_concat_sha1() {
        assertThat(Signatures.sortedConcatSha1("testtoken", "1409304348", "xxxxxx"))
                .isEqualTo("30d7c91db269b3e0cb3e1a131646b6d1ae4750f5");
    }

    @Test
    void douyin_sha1_of_secret_and_raw_body() {
        assertThat(Signatures.sha1HexOfSecretAndBody("secret123", DOUYIN_BODY.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("21197fbce64707d3a90a3230f5ae33d4c4cd1eac");
    }

    @Test
    void tiktok_hmac_sha256_hex_of_timestamp_dot_body() {
        assertThat(Signatures.hmacSha256Hex("secret123", "1633174587." + DOUYIN_BODY))
                .isEqualTo("3a740cd901599ac5f08c9242fd07a2b4666af3acf8a63e049bb515c3468e413f");
    }

    @Test
    void feishu_bot_hmac_sha256_base64_with_timestamp_newline_secret_as_key() {
        assertThat(Signatures.hmacSha256Base64("1599360473\ndemo", "")).isEqualTo("l1N0gAcBjdwBvGm1xMjOF0XSyaLRpR7tuO5dHfhAYc8=");
    }

    @Test
    void constant_time_comparison_matches_equality_and_refuses_null() {
        assertThat(Signatures.constantTimeEquals("abc", "abc")).isTrue();
        assertThat(Signatures.constantTimeEquals("abc", "abd")).isFalse();
        assertThat(Signatures.constantTimeEquals("abc", "abcd")).isFalse();
        assertThat(Signatures.constantTimeEquals(null, "abc")).isFalse();
    }
}
