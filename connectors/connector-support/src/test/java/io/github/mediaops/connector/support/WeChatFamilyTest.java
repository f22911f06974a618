package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.WeChatFamilyTokens.StableTokenRequest;
import io.github.mediaops.connector.support.WeChatFamilyTokens.TokenResponse;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.platform.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The WeChat-family pieces that are plain values: token wire records, the shared error rows and their waits. */
class WeChatFamilyTest {
    // 2026-11-20 04:00:30 UTC is 12:00:30 in Beijing (UTC+8, no daylight saving)
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T04:00:30Z"), ZoneOffset.UTC);

    @Test
    void token_response_to_string_masks_the_access_token() {
        String shown = new TokenResponse("tok-SECRET-51ab", "7200").toString();
        assertThat(shown).doesNotContain("tok-SECRET-51ab").contains("accessToken=***").contains("expiresIn=7200");
        assertThat(new TokenResponse(null, null).toString()).contains("accessToken=null");
    }

    @Test
    void stable_token_request_to_string_masks_the_app_secret_but_shows_the_app_id() {
        String shown = new StableTokenRequest("client_credential", "wx-app-1", "app-SECRET-0d2c", true).toString();
        assertThat(shown).doesNotContain("app-SECRET-0d2c").contains("secret=***").contains("appid=wx-app-1")
                .contains("grantType=client_credential").contains("forceRefresh=true");
    }

    @Test
    void masking_leaves_equality_alone() {
        assertThat(new TokenResponse("a", "1")).isEqualTo(new TokenResponse("a", "1")).isNotEqualTo(new TokenResponse("b", "1"));
    }

    @Test
    void code_40001_is_a_wrong_secret_on_the_token_endpoints_and_a_stale_token_elsewhere() {
        ErrorDecoder d = WeChatFamilyErrors.table(Platform.WECHAT_CHANNELS).build().decoder(CLOCK);
        byte[] body = "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}".getBytes(StandardCharsets.UTF_8);
        for (String tokenOp : new String[] {"cgi-bin/token", "cgi-bin/stable_token"}) {
            AuthenticationException e = (AuthenticationException) d.decode(tokenOp, 200, null, body).orElseThrow();
            assertThat(e.tokenExpired()).isFalse();
            assertThat(e.retryable()).isFalse();
        }
        AuthenticationException onData = (AuthenticationException) d.decode("channels/ec/order/get", 200, null, body)
                .orElseThrow();
        assertThat(onData.tokenExpired()).isTrue();
    }

    @Test
    void daily_quota_waits_until_midnight_beijing_and_retry_next_minute_one_minute() {
        ErrorDecoder d = WeChatFamilyErrors.table(Platform.WECHAT_CHANNELS).build().decoder(CLOCK);
        RateLimitedException daily = (RateLimitedException) d.decode("x", 200, null,
                "{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}".getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
        assertThat(daily.retryAfter()).hasValue(Duration.ofHours(11).plusMinutes(59).plusSeconds(30));
        RateLimitedException minute = (RateLimitedException) d.decode("x", 200, null,
                "{\"errcode\":45011,\"errmsg\":\"retry next minute\"}".getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(minute.retryAfter()).hasValue(Duration.ofMinutes(1));
    }

    @Test
    void monthly_limits_reset_on_the_first_of_next_month_in_beijing() {
        // 2026-11-30 20:00 UTC is already 2026-12-01 04:00 in Beijing: the next reset is 2027-01-01 00:00 Beijing
        assertThat(WeChatFamilyErrors.untilNextMonth(Instant.parse("2026-11-30T20:00:00Z")))
                .isEqualTo(Duration.between(Instant.parse("2026-11-30T20:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")));
    }
}
