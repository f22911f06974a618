package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import org.junit.jupiter.api.Test;

class PlatformTokenResponsesTest {
    private static final PlatformTokenResponses JUGUANG = TokenResponses.of(Platform.XIAOHONGSHU);

    @Test
    void bound_checks_name_their_platform_operation_and_field_and_never_the_token() {
        assertThat(JUGUANG.platform()).isEqualTo(Platform.XIAOHONGSHU);
        assertThat(JUGUANG.required("oauth2/refresh_token", "access_token", "tok-1")).isEqualTo("tok-1");
        assertThat(JUGUANG.seconds("oauth2/refresh_token", "expires_in", "7200")).isEqualTo(7_200L);
        assertThatThrownBy(() -> JUGUANG.required("oauth2/access_token", "refresh_token", ""))
                .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
                    assertThat(e.platform()).isEqualTo(Platform.XIAOHONGSHU);
                    assertThat(e.details().operation()).contains("oauth2/access_token");
                    assertThat(e.getMessage()).contains("a token response without refresh_token");
                });
        assertThatThrownBy(() -> JUGUANG.seconds("oauth2/access_token", "expires_in", "-5"))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("expires_in")
                .hasMessageContaining("> 0");
        IllegalStateException cause = new IllegalStateException("boom");
        UnexpectedResponseException e = JUGUANG.unexpected("report/offline", "an answer without data", cause);
        assertThat(e.platform()).isEqualTo(Platform.XIAOHONGSHU);
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(JUGUANG.unexpected("report/offline", "an answer without data").getMessage())
                .contains("an answer without data");
        assertThat(JUGUANG).hasToString("TokenResponses[xiaohongshu]");
        // the wire checks come with it, their messages unchanged
        PlatformWireValues wire = JUGUANG;
        assertThat(wire.count("report/offline", "clicks", "12")).isEqualTo(12L);
        assertThatThrownBy(() -> wire.count("report/offline", "clicks", -1))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("clicks is negative");
        assertThat(WireValues.of(Platform.XIAOHONGSHU)).isNotInstanceOf(PlatformTokenResponses.class);
    }

    @Test
    void a_missing_platform_is_refused() {
        assertThatThrownBy(() -> TokenResponses.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("platform");
    }
}
