package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.platform.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorTableTest {
    private static final Platform ACME = Platform.of("acme-test", "Acme");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T04:00:30Z"), ZoneOffset.UTC);

    private static final ErrorTable TABLE = ErrorTable.builder(ACME)
            .codeAt("/data/error_code").messageAt("/data/description")
            .map(ErrorKind.TOKEN_EXPIRED, 10008, 2190008)
            .on("oauth/token", ErrorKind.CREDENTIALS_REFUSED, 10008)
            .map(ErrorKind.RATE_LIMITED, 2100004)
            .retryAfter(2100004, now -> Duration.ofSeconds(60 - now.atZone(ZoneOffset.UTC).getSecond()))
            .map(ErrorKind.TRANSIENT, 2100005)
            .build();

    private static Optional<ConnectorException> decode(String op, int status, String body) {
        return TABLE.decoder(CLOCK).decode(op, status, null, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(int code) {
        return "{\"data\":{\"error_code\":" + code + ",\"description\":\"why rid: 9\"},\"extra\":{}}";
    }

    @Test
    void one_code_means_different_things_on_different_operations() {
        AuthenticationException onData = (AuthenticationException) decode("video/list", 200, body(10008)).orElseThrow();
        AuthenticationException onToken = (AuthenticationException) decode("oauth/token", 200, body(10008)).orElseThrow();
        assertThat(onData.tokenExpired()).isTrue();
        assertThat(onToken.tokenExpired()).isFalse();
        assertThat(onToken.retryable()).isFalse();
    }

    @Test
    void a_retry_after_rule_is_timed_from_the_clock() {
        RateLimitedException e = (RateLimitedException) decode("video/list", 200, body(2100004)).orElseThrow();
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(30));
        assertThat(e.platformCode()).hasValue("2100004");
        assertThat(e.platformMessage()).hasValue("why rid: 9");
    }

    @Test
    void an_unlisted_code_keeps_its_code_and_message() {
        ConnectorException e = decode("video/list", 200, body(777)).orElseThrow();
        assertThat(e).isInstanceOf(InvalidRequestException.class).hasMessageContaining("unlisted");
        assertThat(e.platformCode()).hasValue("777");
        assertThat(e.platformMessage()).hasValue("why rid: 9");
    }

    @Test
    void success_codes_and_bodies_without_a_code_are_not_errors() {
        assertThat(decode("video/list", 200, body(0))).isEmpty();
        assertThat(decode("video/list", 200, "{\"data\":{\"list\":[]}}")).isEmpty();
        assertThat(decode("video/list", 200, "not json")).isEmpty();
    }

    @Test
    void text_codes_and_custom_success_codes_are_read() {
        ErrorTable t = ErrorTable.builder(ACME).codeAt("/result").messageAt("/error_msg").success("1")
                .map(ErrorKind.TRANSIENT, "100200500").build();
        ErrorDecoder d = t.decoder(CLOCK);
        assertThat(d.decode("x", 200, null, "{\"result\":1}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(d.decode("x", 200, null, "{\"result\":\"100200500\",\"error_msg\":\"busy\"}".getBytes(StandardCharsets.UTF_8)))
                .get().isInstanceOf(TransientPlatformException.class);
    }

    @Test
    void a_status_without_a_code_is_typed_by_the_status_with_its_retry_after() {
        ConnectorException e = TABLE.decoder(CLOCK).decode("x", 429, Duration.ofSeconds(7), new byte[0]).orElseThrow();
        assertThat(e).isInstanceOf(RateLimitedException.class);
        assertThat(e.platformCode()).isEmpty();
        assertThat(e.httpStatus()).hasValue(429);
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7));
    }

    @Test
    void a_code_mapped_to_two_kinds_or_a_missing_pointer_is_refused() {
        assertThatThrownBy(() -> ErrorTable.builder(ACME).codeAt("/c").map(ErrorKind.TRANSIENT, 1)
                .map(ErrorKind.NOT_FOUND, 1)).isInstanceOf(InvalidValueException.class).hasMessageContaining("code 1");
        assertThatThrownBy(() -> ErrorTable.builder(ACME).build()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("codeAt");
        assertThatThrownBy(() -> ErrorTable.builder(ACME).codeAt("errcode")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("JSON Pointer");
    }

    @Test
    void the_code_field_search_finds_what_a_plain_search_finds() {
        java.util.Random random = new java.util.Random(11);
        byte[] needle = "\"errcode\"".getBytes(StandardCharsets.ISO_8859_1);
        int[] skip = ErrorTable.skipTable(needle);
        byte[] alphabet = "\"errcod:{}0e".getBytes(StandardCharsets.ISO_8859_1);
        for (int n = 0; n < 20_000; n++) {
            byte[] hay = new byte[random.nextInt(40)];
            for (int i = 0; i < hay.length; i++) {
                hay[i] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            if (random.nextBoolean() && hay.length >= needle.length) {
                System.arraycopy(needle, 0, hay, random.nextInt(hay.length - needle.length + 1), needle.length);
            }
            int expected = new String(hay, StandardCharsets.ISO_8859_1).indexOf(new String(needle, StandardCharsets.ISO_8859_1));
            assertThat(ErrorTable.indexOf(hay, needle, skip)).as("in %s", java.util.Arrays.toString(hay)).isEqualTo(expected);
        }
    }

    @Test
    void a_second_code_location_types_token_endpoint_errors_in_another_shape() {
        ErrorTable t = ErrorTable.builder(ACME).codeAt("/error/code").messageAt("/error/message").success("ok")
                .codeAlsoAt("/error", "/error_description")
                .map(ErrorKind.TOKEN_EXPIRED, "access_token_invalid")
                .map(ErrorKind.CREDENTIALS_REFUSED, "invalid_grant")
                .build();
        var decoder = t.decoder(CLOCK);
        byte[] api = "{\"data\":{},\"error\":{\"code\":\"access_token_invalid\",\"message\":\"refresh\",\"log_id\":\"1\"}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode("v2/user/info", 401, null, api)).get()
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.tokenExpired()).isTrue());
        byte[] oauth = "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token is invalid\",\"log_id\":\"2\"}"
                .getBytes(StandardCharsets.UTF_8);
        ConnectorException refused = decoder.decode("v2/oauth/token", 200, null, oauth).orElseThrow();
        assertThat(refused).isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.tokenExpired()).isFalse());
        assertThat(refused.details().platformCode()).contains("invalid_grant");
        assertThat(refused.details().platformMessage()).contains("Refresh token is invalid");
        byte[] ok = "{\"data\":{\"x\":1},\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"3\"}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode("v2/user/info", 200, null, ok)).isEmpty();
    }
}
