package io.github.mediaops.connector.weibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mediaops.connector.support.ReauthorizationRequiredException;
import io.github.mediaops.connector.support.UserGrant;
import io.github.mediaops.connector.weibo.simulator.WeiboSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.metrics.AudienceMetric;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeiboTokenTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final LocalDate TODAY = LocalDate.now(CLOCK.withZone(WeiboConnector.ZONE));

    @Test
    void a_web_app_gets_no_refresh_token_and_an_expired_token_asks_for_reauthorisation_without_a_token_request() {
        try (WeiboSimulator sim = WeiboSimulator.builder().clock(CLOCK).build()) {
            WeiboTestSupport.seed(sim, CLOCK);
            try (WeiboConnector weibo = WeiboTestSupport.authorized(sim, CLOCK)) {
                UserGrant g = weibo.grant(WeiboTestSupport.UID).orElseThrow();
                assertThat(g.refresh()).isEmpty();
                assertThat(g.toString()).doesNotContain(g.accessToken().reveal());
                int tokenRequests = sim.tokenRequests();
                sim.expireTokens();

                ReauthorizationRequiredException e = catchThrowableOfType(ReauthorizationRequiredException.class,
                        () -> weibo.audienceMetrics().audienceMetrics(WeiboTestSupport.ACCOUNT, DateRange.of(TODAY, TODAY)));

                assertThat(e).isNotNull();
                assertThat(e.account()).isEqualTo(WeiboTestSupport.UID);
                assertThat(e.tokenExpired()).isFalse();
                assertThat(e.getMessage()).contains("no refresh token");
                assertThat(sim.tokenRequests()).isEqualTo(tokenRequests);

                weibo.authorize(sim.authorizationCode(WeiboTestSupport.UID));
                assertThat(weibo.audienceMetrics().audienceMetrics(WeiboTestSupport.ACCOUNT, DateRange.of(TODAY, TODAY)))
                        .singleElement().satisfies(m -> assertThat(m.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(10_240));
            }
        }
    }

    @Test
    void a_mobile_sdk_app_refreshes_with_its_refresh_token_once() {
        try (WeiboSimulator sim = WeiboSimulator.builder().mobileApp(true).clock(CLOCK).build()) {
            WeiboTestSupport.seed(sim, CLOCK);
            try (WeiboConnector weibo = WeiboTestSupport.authorized(sim, CLOCK)) {
                UserGrant before = weibo.grant(WeiboTestSupport.UID).orElseThrow();
                assertThat(before.refresh()).isPresent();
                assertThat(before.refreshExpiry()).hasValueSatisfying(t ->
                        assertThat(Duration.between(CLOCK.instant(), t)).isBetween(Duration.ofDays(29), Duration.ofDays(30)));
                int tokenRequests = sim.tokenRequests();
                sim.expireTokens();

                assertThat(weibo.audienceMetrics().audienceMetrics(WeiboTestSupport.ACCOUNT, DateRange.of(TODAY, TODAY)))
                        .hasSize(1);
                assertThat(sim.tokenRequests()).isEqualTo(tokenRequests + 1);
                UserGrant after = weibo.grant(WeiboTestSupport.UID).orElseThrow();
                assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
                assertThat(after.refreshToken()).isEqualTo(before.refreshToken());
            }
        }
    }

    @Test
    void a_consumed_code_and_a_wrong_redirect_uri_are_credential_refusals_not_expired_tokens() {
        try (WeiboSimulator sim = WeiboSimulator.builder().clock(CLOCK).build()) {
            try (WeiboConnector weibo = WeiboTestSupport.builder(sim, CLOCK, Duration.ofSeconds(5)).build()) {
                String code = sim.authorizationCode(WeiboTestSupport.UID);
                weibo.authorize(code);
                AuthenticationException reused = catchThrowableOfType(AuthenticationException.class, () -> weibo.authorize(code));
                assertThat(reused.tokenExpired()).isFalse();
                assertThat(reused.platformCode()).hasValue("21325");
            }
            try (WeiboConnector wrong = WeiboTestSupport.builder(sim, CLOCK, Duration.ofSeconds(5))
                    .redirectUri(java.net.URI.create("https://elsewhere.example.cn/cb")).build()) {
                AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                        () -> wrong.authorize(sim.authorizationCode(WeiboTestSupport.UID)));
                assertThat(e.platformCode()).hasValue("21322");
                assertThat(e.retryable()).isFalse();
            }
        }
    }

    @Test
    void authorize_without_a_redirect_uri_names_the_option() {
        try (WeiboSimulator sim = WeiboSimulator.builder().clock(CLOCK).build();
             WeiboConnector weibo = WeiboConnector.builder(WeiboTestSupport.config(sim.baseUrl(), sim.appKey(),
                     sim.appSecret(), CLOCK, Duration.ofSeconds(5))).build()) {
            assertThatThrownBy(() -> weibo.authorize(sim.authorizationCode(WeiboTestSupport.UID)))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("redirectUri");
        }
    }

    @Test
    void token_info_reports_the_account_app_and_time_left() {
        try (WeiboSimulator sim = WeiboSimulator.builder().accessTtl(Duration.ofDays(7)).clock(CLOCK).build()) {
            try (WeiboConnector weibo = WeiboTestSupport.authorized(sim, CLOCK)) {
                WeiboTokenInfo info = weibo.tokenInfo(WeiboTestSupport.ACCOUNT);
                assertThat(info.uid()).isEqualTo(WeiboTestSupport.UID);
                assertThat(info.appKey()).isEqualTo(sim.appKey());
                assertThat(Duration.between(CLOCK.instant(), info.expiresAt()))
                        .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
            }
        }
    }
}
