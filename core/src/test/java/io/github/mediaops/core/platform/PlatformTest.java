package io.github.mediaops.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Json;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void well_known_platforms_resolve_by_id_to_the_constant() {
        assertThat(Platform.of("douyin")).isSameAs(Platform.DOUYIN);
        assertThat(Platform.of("wechat-oa").displayName()).isEqualTo("WeChat Official Account");
        assertThat(Platform.wellKnown()).contains(Platform.WECHAT_CHANNELS, Platform.XIAOHONGSHU, Platform.ZHIHU,
                Platform.TIKTOK, Platform.YOUTUBE, Platform.INSTAGRAM, Platform.FACEBOOK, Platform.X,
                Platform.GOOGLE_ANALYTICS, Platform.FEISHU, Platform.TRELLO, Platform.OCEAN_ENGINE,
                Platform.TENCENT_ADS, Platform.WEIBO, Platform.BILIBILI, Platform.KUAISHOU);
    }

    @Test
    void custom_platforms_are_open_values_equal_by_id() {
        Platform dewu = Platform.of("dewu", "Dewu (得物)");
        assertThat(dewu).isEqualTo(Platform.of("dewu")).hasSameHashCodeAs(Platform.of("dewu"));
        assertThat(dewu.displayName()).isEqualTo("Dewu (得物)");
        assertThat(dewu.toString()).isEqualTo("dewu");
    }

    @Test
    void rejects_malformed_and_reserved_ids() {
        assertThatThrownBy(() -> Platform.of("Douyin")).isInstanceOf(InvalidValueException.class).hasMessageContaining("\"Douyin\"");
        assertThatThrownBy(() -> Platform.of(" ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Platform.of(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Platform.of("douyin", "My Douyin")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("reserved");
    }

    @Test
    void is_its_id_in_json() throws Exception {
        assertThat(Json.MAPPER.writeValueAsString(Platform.WEIBO)).isEqualTo("\"weibo\"");
        assertThat(Json.MAPPER.readValue("\"weibo\"", Platform.class)).isSameAs(Platform.WEIBO);
    }

    @Test
    void account_validates_and_round_trips() {
        AccountRef ref = AccountRef.of(Platform.DOUYIN, "open_id_123");
        Account account = new Account(ref, "brand_official", "品牌官方", VerificationState.ENTERPRISE,
                Set.of(AccountRole.OWN_BRAND));
        assertThat(account.platform()).isEqualTo(Platform.DOUYIN);
        assertThat(account.hasRole(AccountRole.OWN_BRAND)).isTrue();
        Json.assertRoundTrip(account);
        assertThatThrownBy(() -> new Account(ref, "@brand", "x", VerificationState.UNVERIFIED, Set.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("@brand");
        assertThatThrownBy(() -> AccountRef.of(Platform.DOUYIN, "  "))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("accountId");
    }
}
