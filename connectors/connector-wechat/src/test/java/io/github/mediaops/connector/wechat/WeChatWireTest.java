package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.wechat.WeChatWire.StableTokenRequest;
import io.github.mediaops.connector.wechat.WeChatWire.TokenResponse;
import org.junit.jupiter.api.Test;

class WeChatWireTest {

    @Test
    void token_response_to_string_masks_the_access_token() {
        String shown = new TokenResponse("tok-SECRET-51ab", 7200L).toString();
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
        assertThat(new TokenResponse("a", 1L)).isEqualTo(new TokenResponse("a", 1L)).isNotEqualTo(new TokenResponse("b", 1L));
    }
}
