package io.github.mediaops.connector.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bot signature against the reference vector ({@code platform-apis.md} §11, computed with Python hmac). */
class FeishuSigningTest {

    @Test
    void reference_vector() {
        assertThat(FeishuSigning.sign(1599360473L, "demo")).isEqualTo("l1N0gAcBjdwBvGm1xMjOF0XSyaLRpR7tuO5dHfhAYc8=");
    }

    @Test
    void the_timestamp_is_part_of_the_key() {
        assertThat(FeishuSigning.sign(1599360474L, "demo")).isNotEqualTo(FeishuSigning.sign(1599360473L, "demo"));
    }
}
