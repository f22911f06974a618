package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.Signatures;
import io.github.mediaops.connector.wechat.simulator.WeChatSimulator;
import io.github.mediaops.core.MediaOpsException;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Bounded fuzzing of the push receiver (issue 14): random and mutated bodies, mutated decrypted frames
 * and random query parameters, through the plaintext and the safe-mode path. Whatever arrives,
 * {@code handle} returns or throws one of the typed errors ({@link MediaOpsException}); never another
 * exception or error, never a message that quotes the push secret or the AES key. The try counts keep
 * the whole class to a few seconds.
 */
class WeChatWebhookFuzzTest {
    private static WeChatSimulator sim;
    private static WeChatConnector compatible;
    private static WeChatConnector safe;
    private static long now;

    /** Real WeChat pushes to start mutating from (shapes from platform-apis.md §1.6 and the simulator). */
    private static List<String> seeds;

    @BeforeContainer
    static void start() {
        sim = WeChatTestSupport.simulator().build();
        compatible = WeChatConnector.builder(WeChatTestSupport.config(sim, Duration.ofSeconds(5)).toBuilder()
                .option("pushMode", "compatible").build()).build();
        safe = WeChatConnector.builder(WeChatTestSupport.config(sim, Duration.ofSeconds(5))).build();
        now = WeChatTestSupport.CLOCK.instant().getEpochSecond();
        String head = "<xml><ToUserName><![CDATA[" + sim.originalId() + "]]></ToUserName><FromUserName><![CDATA[o-fuzz]]>"
                + "</FromUserName><CreateTime>" + now + "</CreateTime>";
        seeds = List.of(
                head + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content><MsgId>1234567890</MsgId></xml>",
                head + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>",
                head + "<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://x/p.jpg]]></PicUrl><MediaId>m1</MediaId>"
                        + "<MsgId>1234567891</MsgId></xml>",
                head + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo>"
                        + "<publish_id>2247503051</publish_id><publish_status>0</publish_status><article_id><![CDATA[b5O2]]>"
                        + "</article_id><article_detail><count>1</count><item><idx>1</idx><article_url><![CDATA[ARTICLE_URL]]>"
                        + "</article_url></item></article_detail></PublishEventInfo></xml>");
    }

    @AfterContainer
    static void stop() {
        safe.close();
        compatible.close();
        sim.close();
    }

    /** Handles the request on both connectors; only typed errors may come out, and none may quote a secret. */
    private static void survives(WebhookRequest request) {
        for (WeChatConnector c : List.of(compatible, safe)) {
            try {
                WebhookResult r = c.webhooks().handle(request);
                assertThat(r.response()).isNotNull();
            } catch (MediaOpsException typed) {
                assertThat(String.valueOf(typed.getMessage())).doesNotContain(WeChatTestSupport.PUSH_TOKEN)
                        .doesNotContain(WeChatTestSupport.AES_KEY);
            }
        }
    }

    // ---- bodies -------------------------------------------------------------------------------------

    /** XML-ish fragments a mutation splices in: markup, entities, DTDs, CDATA ends, odd characters. */
    private static Arbitrary<String> fragments() {
        return Arbitraries.oneOf(
                Arbitraries.of("<", ">", "</", "/>", "<a>", "</a>", "<xml>", "</xml>", "<![CDATA[", "]]>", "&", "&amp;",
                        "&#0;", "&#x10FFFF;", "&e;", "<!DOCTYPE xml [<!ENTITY e \"x\">]>", "<?xml version=\"1.0\"?>",
                        "<!-- c -->", "<?pi x?>", "\u0000", "\uFFFE", "\uD800", "<MsgId>", "</MsgId>", "<CreateTime>-1</CreateTime>",
                        "<CreateTime>9223372036854775807</CreateTime>", "<publish_status>x</publish_status>",
                        "<article_url>:/ bad uri</article_url>", "<Encrypt>", "</Encrypt>", "\"", "'", " a=\"b\""),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars('<', '>', '/', 'a', '[', ']', '!', '&', ';').ofMaxLength(30),
                Arbitraries.integers().between(1, 40).map(n -> "<a>".repeat(n)));
    }

    /** One edit of a string: insert, delete, replace or duplicate a span. */
    private static Arbitrary<java.util.function.UnaryOperator<String>> edits() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> len = Arbitraries.integers().between(0, 40);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
        return Combinators.combine(kind, at, len, fragments()).as((k, where, n, frag) -> s -> {
            int i = (int) (where * s.length());
            int j = Math.min(s.length(), i + n);
            return switch (k) {
                case 0 -> s.substring(0, i) + frag + s.substring(i);
                case 1 -> s.substring(0, i) + s.substring(j);
                case 2 -> s.substring(0, i) + frag + s.substring(j);
                default -> s.substring(0, j) + s.substring(i, j) + s.substring(i);
            };
        });
    }

    /** Replaces the text of one of the fields the receiver reads with a hostile value. */
    private static Arbitrary<java.util.function.UnaryOperator<String>> fieldEdits() {
        Arbitrary<String> fields = Arbitraries.of("CreateTime", "MsgId", "MsgType", "Event", "FromUserName", "Content", "MediaId",
                "publish_id", "publish_status", "article_id", "article_url");
        Arbitrary<String> values = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("", " ", "-1", "0", "2147483648", "-2147483649", Long.toString(Long.MAX_VALUE),
                        Long.toString(Long.MIN_VALUE), "31556889864403200", "-31557014167219201", "99999999999999999", "1e3", "０",
                        "event", "PUBLISHJOBFINISH", "FREEPUBLISHJOBFINISH", "text", "video", ":", "http://[::1", "%zz", "a b",
                        "\u0000")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(20)));
        return Combinators.combine(fields, values).as((field, value) -> s -> {
            int open = s.indexOf("<" + field + ">");
            int close = s.indexOf("</" + field + ">");
            if (open < 0 || close < open) {
                return s;
            }
            return s.substring(0, open + field.length() + 2) + value + s.substring(close);
        });
    }

    /** A seed push with one to {@code maxEdits} edits applied in turn. */
    private static Arbitrary<String> edited(Arbitrary<java.util.function.UnaryOperator<String>> edit, int maxEdits) {
        return Combinators.combine(Arbitraries.of(seeds), edit.list().ofMinSize(1).ofMaxSize(maxEdits)).as((seed, es) -> {
            String s = seed;
            for (var e : es) {
                s = e.apply(s);
            }
            return s;
        });
    }

    @Provide
    Arbitrary<String> mutatedXml() {
        Arbitrary<java.util.function.UnaryOperator<String>> anyEdit = Arbitraries.frequencyOf(Tuple.of(1, edits()),
                Tuple.of(1, fieldEdits()));
        return edited(anyEdit, 6);
    }

    @Property(tries = 80)
    void mutated_xml_pushed_in_plaintext_and_safe_mode(@ForAll("mutatedXml") String xml) {
        survives(sim.pushes().push(xml, now, false));
        survives(sim.pushes().push(xml, now, true));
    }

    @Provide
    Arbitrary<String> hostileFields() {
        return edited(fieldEdits(), 3);
    }

    @Property(tries = 100)
    void well_formed_pushes_with_hostile_field_values(@ForAll("hostileFields") String xml) {
        survives(sim.pushes().push(xml, now, false));
    }

    @Property(tries = 60)
    void random_bytes_as_a_plaintext_body(@ForAll byte[] body) {
        WebhookRequest signed = sim.pushes().push("<xml/>", now, false);
        survives(new WebhookRequest("POST", signed.query(), Map.of(), body));
    }

    @Property(tries = 60)
    void mutated_bytes_of_a_safe_mode_body(@ForAll("mutatedXml") String xml, @ForAll("byteEdits") List<int[]> edits) {
        WebhookRequest push = sim.pushes().push(seeds.get(Math.floorMod(xml.length(), seeds.size())), now, true);
        survives(new WebhookRequest("POST", push.query(), Map.of(), applyByteEdits(push.body(), edits)));
    }

    // ---- decrypted frames ---------------------------------------------------------------------------

    /** Byte edits {offset fraction in 1/1000, new value, kind 0 = set, 1 = set a big-endian int}. */
    @Provide
    Arbitrary<List<int[]>> byteEdits() {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 999),
                Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.of(Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0, 32, 33)),
                Arbitraries.integers().between(0, 1)).as((at, v, k) -> new int[] {at, v, k});
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    private static byte[] applyByteEdits(byte[] in, List<int[]> edits) {
        byte[] b = in.clone();
        for (int[] e : edits) {
            int i = (int) ((long) e[0] * b.length / 1000);
            if (e[2] == 1 && i + 4 <= b.length) {
                ByteBuffer.wrap(b).putInt(i, e[1]);
            } else if (i < b.length) {
                b[i] = (byte) e[1];
            }
        }
        return b;
    }

    @Property(tries = 100)
    void altered_decrypted_frames(@ForAll("mutatedXml") String xml, @ForAll("byteEdits") List<int[]> edits,
                                  @ForAll("lengthFields") int lengthField, @ForAll boolean setLength) {
        byte[] frame = applyByteEdits(sim.pushes().frame(xml), edits);
        if (setLength) {
            ByteBuffer.wrap(frame).putInt(16, lengthField);
        }
        survives(sim.pushes().safeModePush(frame, now));
        // Frames cut or grown to another multiple of 16 bytes.
        int other = Math.max(16, frame.length + 16 * (Math.floorMod(lengthField, 5) - 2));
        survives(sim.pushes().safeModePush(Arrays.copyOf(frame, other), now));
    }

    @Provide
    Arbitrary<Integer> lengthFields() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-40, 400),
                Arbitraries.integers().between(Integer.MAX_VALUE - 64, Integer.MAX_VALUE),
                Arbitraries.integers().between(Integer.MIN_VALUE, Integer.MIN_VALUE + 64));
    }

    // ---- query parameters ---------------------------------------------------------------------------

    @Provide
    Arbitrary<String> paramValues() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "aes", "raw", "AES", "0", "-0", "+1", "01", Long.toString(Long.MIN_VALUE),
                        Long.toString(Long.MAX_VALUE), "9223372036854775808", "-31557014167219201", "31556889864403200",
                        Long.toString(now), Long.toString(now - 300), Long.toString(now + 301), " " + now + " ", "1e9",
                        "0".repeat(40), "null", "\u0000", "中文"),
                Arbitraries.strings().ofMaxLength(50),
                Arbitraries.longs().map(v -> Long.toString(v)));
    }

    @Provide
    Arbitrary<Map<String, String>> queries() {
        Arbitrary<String> names = Arbitraries.of("timestamp", "nonce", "signature", "msg_signature", "encrypt_type", "echostr",
                "openid", "Timestamp", "");
        return Arbitraries.maps(names, paramValues()).ofMaxSize(8);
    }

    @Property(tries = 120)
    void random_query_parameters_signed_or_not(@ForAll("queries") Map<String, String> query, @ForAll boolean sign,
                                               @ForAll("methods") String method, @ForAll("mutatedXml") String body,
                                               @ForAll boolean encryptedBody) {
        Map<String, String> q = new LinkedHashMap<>(query);
        if (sign) {
            // A valid signature over whatever timestamp and nonce were drawn, so the later checks are reached.
            String ts = q.computeIfAbsent("timestamp", k -> Long.toString(now));
            String nonce = q.computeIfAbsent("nonce", k -> "1234567890");
            q.put("signature", Signatures.sortedConcatSha1(WeChatTestSupport.PUSH_TOKEN, ts, nonce));
        }
        byte[] bytes = encryptedBody ? sim.pushes().push(body, now, true).body() : body.getBytes(StandardCharsets.UTF_8);
        survives(new WebhookRequest(method, q, Map.of(), bytes));
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "HEAD", "get");
    }
}
