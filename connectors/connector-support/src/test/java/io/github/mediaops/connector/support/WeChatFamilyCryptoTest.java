package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Secret;
import org.junit.jupiter.api.Test;

/**
 * The vector is the one of Tencent's official message-crypto sample ({@code WXBizMsgCryptTest}: key
 * {@code abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG}, appId {@code wxb11529c136998cb6}, random
 * {@code aaaabbbbccccdddd}, message {@code 我是中文abcd123}), as reproduced in
 * github.com/Wyl015/wuyiling, work-test/src/main/resources/Utils/aes/WXBizMsgCryptTest.java. The
 * expected msg_signature was computed with Python's hashlib from the documented definition
 * (sha1 of the sorted, concatenated token, timestamp, nonce and ciphertext).
 */
class WeChatFamilyCryptoTest {
    private static final Secret KEY = Secret.of("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
    private static final String APP_ID = "wxb11529c136998cb6";
    private static final String ENCRYPTED =
            "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";

    @Test
    void decrypts_the_official_sample_for_its_receive_id() {
        assertThat(new WeChatFamilyCrypto(KEY, APP_ID).decrypt(ENCRYPTED)).contains("我是中文abcd123");
    }

    @Test
    void refuses_a_message_for_another_receive_id() {
        assertThat(new WeChatFamilyCrypto(KEY, "ww0123456789abcdef").decrypt(ENCRYPTED)).isEmpty();
    }

    @Test
    void refuses_text_that_is_not_a_ciphertext() {
        WeChatFamilyCrypto crypto = new WeChatFamilyCrypto(KEY, APP_ID);
        assertThat(crypto.decrypt("not base64 !")).isEmpty();
        assertThat(crypto.decrypt("AAAA")).isEmpty();
        assertThat(crypto.decrypt(ENCRYPTED.substring(0, 44) + "==")).isEmpty();
    }

    @Test
    void msg_signature_is_sha1_of_the_sorted_parts() {
        assertThat(WeChatFamilyCrypto.signature("pamtest", "1409304348", "xxxxxx", ENCRYPTED))
                .isEqualTo("82c962d39941aa48552f90ef55aa323dc620cc10");
    }

    @Test
    void a_key_of_the_wrong_length_names_the_credential_without_showing_it() {
        assertThatThrownBy(() -> new WeChatFamilyCrypto(Secret.of("short-secret-key"), APP_ID))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("credentials.encodingAesKey"))
                .hasMessageNotContaining("short-secret-key");
        assertThat(new WeChatFamilyCrypto(KEY, APP_ID).toString()).doesNotContain(KEY.reveal());
    }
}
