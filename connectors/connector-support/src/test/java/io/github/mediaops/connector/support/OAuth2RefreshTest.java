package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OAuth2RefreshTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_refused_user_token_is_refreshed_with_its_refresh_token_and_a_non_rotated_refresh_token_is_kept() {
        InMemoryTokenStore store = new InMemoryTokenStore();
        List<String> grantsWith = new ArrayList<>();
        OAuth2Refresh source = new OAuth2Refresh(Platform.DOUYIN, refresh -> {
            grantsWith.add(refresh.reveal());
            return new AccessToken(Secret.of("access-" + grantsWith.size()), CLOCK.instant().plusSeconds(3600), null);
        });
        store.refresh("douyin:user:1", null, CLOCK.instant(), Duration.ofMinutes(1),
                p -> new AccessToken(Secret.of("access-0"), CLOCK.instant().plusSeconds(3600), Secret.of("refresh-A")));
        TokenManager tokens = new TokenManager("douyin:user:1", store, source, CLOCK, Duration.ofMinutes(1));
        AccessToken first = tokens.current();
        assertThat(first.token().reveal()).isEqualTo("access-0");
        AccessToken second = tokens.rejected(first);
        assertThat(second.token().reveal()).isEqualTo("access-1");
        assertThat(second.refresh().orElseThrow().reveal()).isEqualTo("refresh-A");
        tokens.rejected(second);
        assertThat(grantsWith).containsExactly("refresh-A", "refresh-A");
    }

    @Test
    void without_a_refresh_token_the_user_must_authorise_again() {
        OAuth2Refresh source = new OAuth2Refresh(Platform.TIKTOK, r -> {
            throw new AssertionError("must not call the platform");
        });
        assertThatThrownBy(() -> source.fetch(java.util.Optional.empty())).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("authorise").satisfies(e -> assertThat(((AuthenticationException) e).tokenExpired()).isFalse());
    }
}
