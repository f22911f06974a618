package io.github.mediaops.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecretsTest {
    private static final String APP_SECRET = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    @Test
    void secrets_never_print() {
        Secret s = Secret.of(APP_SECRET);
        assertThat(s.toString()).isEqualTo("****");
        assertThat(s.reveal()).isEqualTo(APP_SECRET);
        assertThat(s).isEqualTo(Secret.of(APP_SECRET)).isNotEqualTo(Secret.of("other"));
        assertThat(Secret.of(AES_KEY).length()).isEqualTo(43);
        assertThatThrownBy(() -> Secret.of("")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void credentials_and_config_mask_every_secret() {
        Credentials creds = Credentials.builder()
                .identifier("appId", "wx1234567890abcdef")
                .secret("appSecret", APP_SECRET)
                .secret("encodingAesKey", AES_KEY)
                .build();
        ConnectorConfig config = ConnectorConfig.builder().credentials(creds).baseUrl("http://127.0.0.1:8089/")
                .readTimeout(Duration.ofSeconds(3)).option("accountType", "service").build();

        assertThat(creds.toString()).isEqualTo("Credentials{appId=wx1234567890abcdef, appSecret=****, encodingAesKey=****}");
        assertThat(config.toString()).contains("wx1234567890abcdef").doesNotContain(APP_SECRET).doesNotContain(AES_KEY);
        assertThat(creds.requireSecret("appSecret").reveal()).isEqualTo(APP_SECRET);
        assertThat(creds.secretNames()).containsExactly("appSecret", "encodingAesKey");
        assertThat(config.toBuilder().build().toString()).isEqualTo(config.toString());
    }

    @Test
    void config_rejects_bad_values_by_name() {
        assertThatThrownBy(() -> ConnectorConfig.builder().baseUrl("ftp://x/").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ftp://x/");
        assertThatThrownBy(() -> ConnectorConfig.builder().readTimeout(Duration.ZERO).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> Credentials.builder().secret("appSecret", "").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("appSecret");
    }
}
