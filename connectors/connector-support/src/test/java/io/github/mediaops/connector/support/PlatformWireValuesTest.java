package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import org.junit.jupiter.api.Test;

class PlatformWireValuesTest {
    private static final PlatformWireValues KUAISHOU = WireValues.of(Platform.KUAISHOU);

    @Test
    void bound_values_read_as_the_static_ones_do_and_name_their_platform() {
        assertThat(KUAISHOU.platform()).isEqualTo(Platform.KUAISHOU);
        assertThat(KUAISHOU.required("oauth2/access_token", "open_id", "u-1")).isEqualTo("u-1");
        assertThat(KUAISHOU.positiveSeconds("oauth2/access_token", "expires_in", "172800")).isEqualTo(172_800L);
        assertThat(KUAISHOU.positiveSeconds("oauth2/access_token", "expires_in", 172_800)).isEqualTo(172_800L);
        assertThat(KUAISHOU.count("user_info", "user_info.fan", 12)).isEqualTo(12L);
        assertThat(KUAISHOU.count("user_info", "user_info.fan", null)).isNull();
        assertThat(KUAISHOU).hasToString("WireValues[kuaishou]");
    }

    @Test
    void a_missing_field_names_platform_operation_and_field_and_never_the_value() {
        assertThatThrownBy(() -> KUAISHOU.required("oauth2/access_token", "access_token", " "))
                .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
                    assertThat(e.platform()).isEqualTo(Platform.KUAISHOU);
                    assertThat(e.details().operation()).contains("oauth2/access_token");
                    assertThat(e.getMessage()).endsWith("] an answer without access_token");
                });
    }

    @Test
    void malformed_numbers_are_refused_with_field_and_value() {
        assertThatThrownBy(() -> KUAISHOU.positiveSeconds("oauth2/access_token", "expires_in", 0))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageEndingWith("] expires_in must be > 0 (was 0)");
        assertThatThrownBy(() -> KUAISHOU.positiveSeconds("oauth2/access_token", "expires_in", null))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageEndingWith("] an answer without expires_in");
        assertThatThrownBy(() -> KUAISHOU.count("video/list", "view_count", -3))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageEndingWith("] view_count is negative (was -3)");
        assertThatThrownBy(() -> KUAISHOU.count("video/list", "view_count", "1.5"))
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageEndingWith("] view_count is not a whole number (was 1.5)");
    }

    @Test
    void unexpected_keeps_what_operation_and_cause() {
        IllegalStateException cause = new IllegalStateException("boom");
        UnexpectedResponseException e = KUAISHOU.unexpected("video/list", "a page without cursor", cause);
        assertThat(e.platform()).isEqualTo(Platform.KUAISHOU);
        assertThat(e.details().operation()).contains("video/list");
        assertThat(e.getMessage()).endsWith("] a page without cursor");
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(KUAISHOU.unexpected("video/list", "a page without cursor").getCause()).isNull();
    }

    @Test
    void token_responses_share_the_body_but_keep_their_own_wording() {
        assertThatThrownBy(() -> TokenResponses.required(Platform.TENCENT_ADS, "oauth/token", "access_token", ""))
                .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
                    assertThat(e.platform()).isEqualTo(Platform.TENCENT_ADS);
                    assertThat(e.details().operation()).contains("oauth/token");
                    assertThat(e.getMessage()).endsWith("] a token response without access_token");
                });
    }

    @Test
    void a_missing_platform_is_refused() {
        assertThatThrownBy(() -> WireValues.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("platform");
    }
}
