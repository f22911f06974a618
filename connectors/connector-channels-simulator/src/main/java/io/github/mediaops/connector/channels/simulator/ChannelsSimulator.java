package io.github.mediaops.connector.channels.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.NativeFaults;
import io.github.mediaops.connector.tck.NativeFaults.PlatformError;
import io.github.mediaops.connector.wechat.simulator.WeChatFamilyFrames;
import io.github.mediaops.connector.wechat.simulator.WeChatFamilySimulator;
import io.github.mediaops.core.connector.WebhookRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WeChat Channels (视频号助手) and Weixin Store (微信小店) on loopback for one appid, answering in WeChat's
 * {@code {"errcode":...,"errmsg":"..."}} shapes on HTTP 200 ({@code platform-apis-2.md} §2; response shapes from the
 * official documentation as mirrored in the SKIT.FlurlHttpClient.Wechat model samples).
 *
 * <ul>
 *   <li>{@code POST /cgi-bin/stable_token} with {@link #APP_ID} / {@link #APP_SECRET}: a token for 7200 s, the same
 *   one until it expires or {@code force_refresh}; a wrong secret is 40001. Other calls need a live token: missing
 *   41001, unknown 40014, expired ({@link #expireTokens()}) 42001.</li>
 *   <li>Live records and reservations answer with {@code "errcode":"0"} as a <em>string</em>, as those endpoints do.</li>
 *   <li>{@code get_finder_attr_by_appid}: {@code fans_count} ({@link #setFans}).</li>
 *   <li>{@code get_finder_live_data_list}: lives started in {@code [start_time, end_time)}, two per page, paged by an
 *   opaque {@code last_buffer} with {@code continue_flag}.</li>
 *   <li>{@code order/list/get}: orders created in {@code create_time_range} (span over 7 days: 47001, the code the
 *   simulator chooses for a bad request; WeChat's own code for it is not verified), {@code page_size} 1..100, paged by
 *   {@code next_key}; {@code order/get}: the order with amounts in fen (unknown id: 47001, likewise a choice).</li>
 * </ul>
 *
 * <p>{@link #placeOrder} adds an order and returns the Weixin Store push WeChat would send for it:
 * {@code channels_ec_order_new} in safe mode, JSON, the order id a 19-digit JSON number. Injected faults apply to API
 * calls in WeChat's shapes: {@link Fault#RATE_LIMITED} 45011, {@link Fault#PLATFORM_BUSY} -1,
 * {@link Fault#TOKEN_EXPIRED} 42001, {@link Fault#BAD_CREDENTIALS} 40001.
 */
public final class ChannelsSimulator extends WeChatFamilySimulator {
    /** The appid (视频号助手 open capability / shop appid; the simulator serves both API families for one appid). */
    public static final String APP_ID = "wx5c0ffee0ddba11";
    /** The app secret. */
    public static final String APP_SECRET = "sim-channels-secret-9a8b7c6d";
    /** The message push Token. */
    public static final String PUSH_TOKEN = "mediaops";
    /** The push EncodingAESKey (bytes 0x00..0x1f, as in {@code platform-apis-2.md} §9). */
    public static final String ENCODING_AES_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

    private static final String JSON = "application/json";
    private static final String TOKEN_PATH = "/cgi-bin/stable_token";
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(7200);
    private static final long MAX_ORDER_SPAN = 7 * 86_400L;

    /** WeChat Channels' own answers to the platform-coded faults. */
    private static final NativeFaults NATIVE_FAULTS = new NativeFaults(
            new PlatformError(-1, "system error"), // PLATFORM_BUSY
            new PlatformError(45011, "api minute-quota reach limit  mustslower  retry next minute"), // RATE_LIMITED
            new PlatformError(42001, "access_token expired"), // TOKEN_EXPIRED
            new PlatformError(40001, "invalid credential")); // BAD_CREDENTIALS

    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final AtomicInteger serial = new AtomicInteger(100);
    private final AtomicLong orderSerial = new AtomicLong(3_705_115_058_471_208_928L);
    private String current;
    private long fans = 12_408;
    private final List<ObjectNode> lives = new ArrayList<>();
    private final List<ObjectNode> notices = new ArrayList<>();
    private final List<ObjectNode> liveData = new ArrayList<>();
    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();

    /** A simulator on the system clock. */
    public ChannelsSimulator() {
        this(Clock.systemUTC());
    }

    /** @param clock the clock tokens, seeded lives and orders run on */
    public ChannelsSimulator(Clock clock) {
        super(clock, TOKEN_PATH, NATIVE_FAULTS, "{\"errcode\":0,\"errmsg\":\"ok\",\"finder_attr\":{");
        this.clock = clock;
        seed();
        start();
    }

    private void seed() {
        long now = clock.instant().getEpochSecond();
        for (int i = 1; i <= 3; i++) {
            String exportId = "export/sim-live-" + i;
            lives.add(json.createObjectNode().put("export_id", exportId).put("description", "新品直播 第" + i + "场")
                    .put("cover_url", "https://finder.video.qq.com/sim/cover" + i + ".jpg").put("nickname", "mediaops 视频号")
                    .put("head_url", "https://wx.qlogo.cn/sim/head"));
            liveData.add(json.createObjectNode().put("export_id", exportId).put("live_start_time", now - (4 - i) * 86_400L)
                    .put("live_duration_in_seconds", 3600 * i).put("total_audience_count", 1000 * i)
                    .put("total_cheer_count", 5000 * i).put("forward_count", 30 * i).put("total_comment_count", 200 * i)
                    .put("audiences_avg_seconds", 120 + i).put("max_online_count", 80 * i).put("new_follow_count", 7 * i));
        }
        notices.add(json.createObjectNode().put("notice_id", "sim-notice-1").put("status", 0).put("status_wording", "已预约")
                .put("start_time", Long.toString(now + 2 * 86_400L)).put("description", "周五晚 8 点新品直播")
                .put("nickname", "mediaops 视频号").put("head_url", "https://wx.qlogo.cn/sim/head"));
        addOrder(now - 3 * 86_400L, "健身环", 2, 2000, 500);
        addOrder(now - 86_400L, "瑜伽垫", 1, 8900, 0);
    }

    /** Sets the account's follower count. */
    public synchronized void setFans(long count) {
        this.fans = count;
    }

    /**
     * A buyer places an order now: it is stored (amounts in fen) and the encrypted {@code channels_ec_order_new} push
     * for it is returned, ready for the connector's webhook receiver.
     */
    public synchronized WebhookRequest placeOrder(String title, int quantity, long unitPriceFen, long freightFen) {
        long now = clock.instant().getEpochSecond();
        String id = addOrder(now, title, quantity, unitPriceFen, freightFen);
        String push = "{\"ToUserName\":\"gh_5c0ffee0ddba\",\"FromUserName\":\"OPENID\",\"CreateTime\":" + now
                + ",\"MsgType\":\"event\",\"Event\":\"channels_ec_order_new\",\"order_info\":{\"order_id\":" + id + "}}";
        return push(push, now);
    }

    /** Any decrypted push JSON, encrypted and signed as the Weixin Store sends it, at {@code timestamp}. */
    public WebhookRequest push(String plainJson, long timestamp) {
        String nonce = Integer.toString(1_000_000 + serial.incrementAndGet());
        String ts = Long.toString(timestamp);
        String encrypt = encrypt(plainJson);
        Map<String, String> q = new LinkedHashMap<>();
        q.put("signature", WeChatFamilyFrames.sha1Sorted(PUSH_TOKEN, ts, nonce));
        q.put("timestamp", ts);
        q.put("nonce", nonce);
        q.put("encrypt_type", "aes");
        q.put("msg_signature", WeChatFamilyFrames.sha1Sorted(PUSH_TOKEN, ts, nonce, encrypt));
        String body = "{\"ToUserName\":\"gh_5c0ffee0ddba\",\"Encrypt\":\"" + encrypt + "\"}";
        return new WebhookRequest("POST", q, Map.of("Content-Type", JSON), body.getBytes(StandardCharsets.UTF_8));
    }

    private String addOrder(long createTime, String title, int quantity, long unitPriceFen, long freightFen) {
        String id = Long.toString(orderSerial.incrementAndGet());
        ObjectNode o = json.createObjectNode().put("order_id", id).put("status", 20).put("create_time", createTime)
                .put("update_time", createTime).put("openid", "OPENID");
        ObjectNode detail = o.putObject("order_detail");
        detail.putArray("product_infos").addObject().put("product_id", "sim-product-" + title.hashCode())
                .put("sku_id", "sim-sku-" + quantity).put("sku_cnt", quantity).put("title", title)
                .put("sale_price", unitPriceFen).put("market_price", unitPriceFen);
        long goods = unitPriceFen * quantity;
        detail.putObject("price_info").put("product_price", goods).put("order_price", goods + freightFen)
                .put("freight", freightFen).put("discounted_price", 0).put("is_discounted", false);
        detail.putObject("ext_info").put("finder_id", "sphSimFinder01").put("order_scene", 2);
        orders.put(id, o);
        return id;
    }

    @Override
    protected synchronized String token(Map<String, String> q, byte[] raw) {
        JsonNode b;
        try {
            b = json.readTree(raw);
        } catch (IOException e) {
            return error(47001, "data format error");
        }
        if (b == null || !APP_ID.equals(b.path("appid").asText())) {
            return error(40013, "invalid appid");
        }
        if (!APP_SECRET.equals(b.path("secret").asText())) {
            return error(40001, "invalid credential, access_token is invalid or not latest");
        }
        if (!tokens().live(current) || b.path("force_refresh").asBoolean(false)) {
            current = "simchtoken" + serial.incrementAndGet() + "x".repeat(24);
            tokens().issue(current, TOKEN_LIFETIME);
        }
        return json.createObjectNode().put("access_token", current).put("expires_in", tokens().secondsLeft(current)).toString();
    }

    @Override
    protected synchronized String answer(String path, Map<String, String> q, byte[] raw) {
        JsonNode body;
        try {
            body = raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
        } catch (IOException e) {
            return error(47001, "data format error");
        }
        return switch (path) {
            case "/channels/ec/finderlive/getfinderliverecordlist" -> stringOk().set("live_list", array(lives)).toString();
            case "/channels/ec/finderlive/getfinderlivenoticerecordlist" ->
                    stringOk().set("live_notice_list", array(notices)).toString();
            case "/channels/finderlive/get_finder_attr_by_appid" -> {
                ObjectNode r = ok();
                r.putObject("finder_attr").put("uniq_id", "sphSimFinder01").put("nickname", "mediaops 视频号").put("fans_count", fans);
                yield r.toString();
            }
            case "/channels/finderlive/get_finder_live_data_list" -> liveDataPage(body);
            case "/channels/ec/order/list/get" -> orderList(body);
            case "/channels/ec/order/get" -> {
                ObjectNode o = orders.get(body.path("order_id").asText());
                yield o == null ? error(47001, "order not exist") : ok().set("order", o.deepCopy()).toString();
            }
            default -> error(48001, "api unauthorized");
        };
    }

    private String liveDataPage(JsonNode b) {
        long start = b.path("start_time").asLong();
        long end = b.path("end_time").asLong();
        int offset = decodeCursor(b.path("last_buffer").asText(""));
        if (offset < 0) {
            return error(47001, "invalid last_buffer");
        }
        List<ObjectNode> match = liveData.stream().filter(n -> n.get("live_start_time").asLong() >= start
                && n.get("live_start_time").asLong() < end).toList();
        int to = Math.min(match.size(), offset + 2);
        ObjectNode r = ok();
        r.set("item", array(match.subList(Math.min(offset, match.size()), to)));
        boolean more = to < match.size();
        r.put("last_buffer", more ? encodeCursor(to) : "").put("continue_flag", more);
        return r.toString();
    }

    private String orderList(JsonNode b) {
        JsonNode range = b.path("create_time_range");
        long start = range.path("start_time").asLong(-1);
        long end = range.path("end_time").asLong(-1);
        int size = b.path("page_size").asInt(0);
        if (start < 0 || end < start || end - start > MAX_ORDER_SPAN) {
            return error(47001, "create_time_range must be at most 7 days");
        }
        if (size < 1 || size > 100) {
            return error(47001, "page_size must be 1..100");
        }
        int offset = decodeCursor(b.path("next_key").asText(""));
        if (offset < 0) {
            return error(47001, "invalid next_key");
        }
        List<String> ids = orders.values().stream().filter(o -> o.get("create_time").asLong() >= start
                && o.get("create_time").asLong() <= end).map(o -> o.get("order_id").asText()).toList();
        int to = Math.min(ids.size(), offset + size);
        ObjectNode r = ok();
        ArrayNode list = r.putArray("order_id_list");
        ids.subList(Math.min(offset, ids.size()), to).forEach(list::add);
        r.put("next_key", encodeCursor(to)).put("has_more", to < ids.size());
        return r.toString();
    }

    private static String encodeCursor(int offset) {
        return Base64.getEncoder().encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decodeCursor(String c) {
        if (c.isEmpty()) {
            return 0;
        }
        try {
            String s = new String(Base64.getDecoder().decode(c), StandardCharsets.UTF_8);
            return s.startsWith("o") ? Integer.parseInt(s.substring(1)) : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private ArrayNode array(List<ObjectNode> nodes) {
        ArrayNode a = json.createArrayNode();
        nodes.forEach(n -> a.add(n.deepCopy()));
        return a;
    }

    private ObjectNode ok() {
        return json.createObjectNode().put("errcode", 0).put("errmsg", "ok");
    }

    private ObjectNode stringOk() {
        return json.createObjectNode().put("errcode", "0").put("errmsg", "ok");
    }

    /** The Weixin Store's safe-mode {@code Encrypt} of {@code message}, with a counter as the 16 "random" bytes. */
    private String encrypt(String message) {
        byte[] rnd = ("r" + serial.incrementAndGet() + "0000000000000000").substring(0, 16).getBytes(StandardCharsets.UTF_8);
        return WeChatFamilyFrames.encrypt(ENCODING_AES_KEY, WeChatFamilyFrames.frame(rnd, message, APP_ID));
    }
}
