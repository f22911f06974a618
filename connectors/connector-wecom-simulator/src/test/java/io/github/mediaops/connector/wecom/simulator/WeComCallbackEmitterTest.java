package io.github.mediaops.connector.wecom.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.core.connector.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The emitter's encryption and signatures against the vectors of {@code platform-apis-2.md} §9, recomputed there
 * with Python's {@code cryptography} from WeCom's documented scheme (key bytes 0x00..0x1f, random prefix
 * {@code aaaabbbbccccdddd}, CorpID {@code ww0123456789abcdef}, token {@code mediaops}).
 */
class WeComCallbackEmitterTest {
    private final WeComCallbackEmitter emitter = new WeComCallbackEmitter(WeComSimulator.CORP_ID, WeComSimulator.CALLBACK_TOKEN,
            WeComSimulator.ENCODING_AES_KEY, new ManualClock(Instant.ofEpochSecond(1_700_000_000L)));

    @Test
    void url_verification_matches_the_recomputed_vector() {
        emitter.fixPrefix("aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII));
        WebhookRequest r = emitter.urlVerification("8364619520231129", 1_700_000_000L, "1234567890");
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.queryParam("echostr")).contains(
                "zA553CsRfnIW+AYEJR5zhVCs1UvWBRvtS7fnMHg4Aa6SbD8pdmNqn7ES8JEMDLl6X8Ib2OVO/xFQmMdFzYFvgw==");
        assertThat(r.queryParam("msg_signature")).contains("ad0dccee4546f3c5a80a0fbbddc38c56c2316b5f");
    }

    @Test
    void encrypted_add_external_contact_matches_the_recomputed_vector() throws Exception {
        emitter.fixPrefix("aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII));
        String xml = "<xml><ToUserName><![CDATA[ww0123456789abcdef]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>"
                + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[change_external_contact]]></Event><ChangeType><![CDATA[add_external_contact]]></ChangeType>"
                + "<UserID><![CDATA[zhangsan]]></UserID><ExternalUserID><![CDATA[wmTEST]]></ExternalUserID>"
                + "<State><![CDATA[xhs_note_0428]]></State><WelcomeCode><![CDATA[WELCOMECODE]]></WelcomeCode></xml>";
        WebhookRequest r = emitter.encryptedPost(emitter.frame(xml, WeComSimulator.CORP_ID), 1_700_000_000L, "1234567890");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        String encrypt = body.substring(body.indexOf("<Encrypt><![CDATA[") + 18, body.indexOf("]]></Encrypt>"));
        assertThat(encrypt).hasSize(684);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(encrypt.getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("22c2cc79591b858d8a65f1af574b7426471274d9");
        assertThat(r.queryParam("msg_signature")).contains("8ba9e69ea0b576782ed76178e1d7a7097a2db19e");
    }

    @Test
    void the_contact_added_builder_writes_the_documented_layout() throws Exception {
        emitter.fixPrefix("aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII));
        WebhookRequest built = emitter.contactAdded("zhangsan", "wmTEST", "xhs_note_0428", "WELCOMECODE");
        String body = new String(built.body(), StandardCharsets.UTF_8);
        String encrypt = body.substring(body.indexOf("<Encrypt><![CDATA[") + 18, body.indexOf("]]></Encrypt>"));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(encrypt.getBytes(StandardCharsets.US_ASCII))))
                .as("the same plaintext as the vector: ToUserName, sys, CreateTime, event, change_external_contact, ...")
                .isEqualTo("22c2cc79591b858d8a65f1af574b7426471274d9");
    }
}
