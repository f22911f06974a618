package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.ErrorDecoder;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WeChatErrorsTest {
    private final ErrorDecoder errors = WeChatErrors.TABLE.decoder(WeChatTestSupport.CLOCK);

    private Optional<ConnectorException> decode(String body) {
        return errors.decode("datacube/getarticlesummary", 200, null, body.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({
            "40001, AuthenticationException, true",
            "40014, AuthenticationException, true",
            "42001, AuthenticationException, true",
            "40125, AuthenticationException, false",
            "40013, AuthenticationException, false",
            "41001, AuthenticationException, false",
            "44002, InvalidRequestException, false",
            "45003, InvalidRequestException, false",
            "45004, InvalidRequestException, false",
            "50002, PermissionDeniedException, false",
            "48006, RateLimitedException, true",
            "45009, RateLimitedException, true",
            "45011, RateLimitedException, true",
            "48001, PermissionDeniedException, false",
            "40164, PermissionDeniedException, false",
            "-1, TransientPlatformException, true",
            "40035, InvalidRequestException, false",
            "61451, InvalidRequestException, false",
            "47001, InvalidRequestException, false",
            "40007, NotFoundException, false",
            "53503, ContentRejectedException, false",
            "99999, InvalidRequestException, false"})
    void maps_errcode_sent_with_http_200_to_typed_errors(int code, String type, boolean retryable) {
        ConnectorException e = decode("{\"errcode\":" + code + ",\"errmsg\":\"msg rid: 1a2b\"}").orElseThrow();
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.retryable()).isEqualTo(retryable);
        assertThat(e.platformCode()).hasValue(Integer.toString(code));
        assertThat(e.httpStatus()).hasValue(200);
        assertThat(e.details().operation()).hasValue("datacube/getarticlesummary");
    }

    @ParameterizedTest
    @CsvSource({"cgi-bin/token", "cgi-bin/stable_token"})
    void errcode_40001_on_the_token_endpoints_is_a_wrong_app_secret(String tokenEndpoint) {
        AuthenticationException e = (AuthenticationException) errors.decode(tokenEndpoint, 200, null,
                "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}".getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(e.tokenExpired()).isFalse();
        assertThat(e.retryable()).isFalse();
        assertThat(((AuthenticationException) decode("{\"errcode\":40001,\"errmsg\":\"x\"}").orElseThrow()).tokenExpired())
                .as("the same code on a data call is a stale token").isTrue();
    }

    @Test
    void retry_later_codes_carry_their_wait() {
        assertThat(decode("{\"errcode\":45011,\"errmsg\":\"api minute-interval limit reached\"}").orElseThrow().retryAfter())
                .hasValue(Duration.ofMinutes(1));
        // clock: 2026-11-20 12:00 Beijing -> 2026-12-01 00:00 Beijing is 10 days and 12 hours away
        assertThat(decode("{\"errcode\":48006,\"errmsg\":\"forbid to clear quota because of reaching the limit\"}")
                .orElseThrow().retryAfter()).hasValue(Duration.ofDays(10).plusHours(12));
    }

    @Test
    void token_errors_say_a_refresh_can_help_and_credential_errors_do_not() {
        assertThat(((AuthenticationException) decode("{\"errcode\":42001,\"errmsg\":\"x\"}").orElseThrow()).tokenExpired()).isTrue();
        assertThat(((AuthenticationException) decode("{\"errcode\":40013,\"errmsg\":\"x\"}").orElseThrow()).tokenExpired()).isFalse();
    }

    @Test
    void daily_quota_waits_until_midnight_beijing_time() {
        // clock: 2026-11-20 12:00 Beijing -> 12 hours to midnight
        RateLimitedException e = (RateLimitedException) decode("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}")
                .orElseThrow();
        assertThat(e.retryAfter()).hasValue(Duration.ofHours(12));
    }

    @Test
    void success_bodies_decode_to_no_error() {
        assertThat(decode("{\"errcode\":0,\"errmsg\":\"ok\",\"publish_id\":\"1\"}")).isEmpty();
        assertThat(decode("{\"list\":[]}")).isEmpty();
        assertThat(decode("not json at all")).isEmpty();
    }

    @Test
    void http_statuses_are_typed_when_the_body_says_nothing() {
        assertThat(errors.decode("x", 503, null, "<html/>".getBytes(StandardCharsets.UTF_8)).orElseThrow())
                .isInstanceOf(TransientPlatformException.class);
        assertThat(errors.decode("x", 429, Duration.ofSeconds(3), new byte[0]).orElseThrow())
                .isInstanceOf(RateLimitedException.class).extracting(ConnectorException::retryAfter)
                .isEqualTo(Optional.of(Duration.ofSeconds(3)));
        assertThat(errors.decode("x", 403, null, new byte[0]).orElseThrow()).isInstanceOf(PermissionDeniedException.class);
        assertThat(errors.decode("x", 404, null, new byte[0]).orElseThrow()).isInstanceOf(NotFoundException.class);
        assertThat(errors.decode("x", 400, null, new byte[0]).orElseThrow()).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void content_rejection_lists_the_platform_reason() {
        ContentRejectedException e = (ContentRejectedException) decode("{\"errcode\":53503,\"errmsg\":\"该草稿未通过发布检查\"}")
                .orElseThrow();
        assertThat(e.violations()).containsExactly("该草稿未通过发布检查");
    }
}
