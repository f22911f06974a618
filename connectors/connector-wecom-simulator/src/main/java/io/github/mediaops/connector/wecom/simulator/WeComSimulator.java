package io.github.mediaops.connector.wecom.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.NativeFaults;
import io.github.mediaops.connector.tck.NativeFaults.PlatformError;
import io.github.mediaops.connector.wechat.simulator.WeChatFamilySimulator;
import io.github.mediaops.core.connector.WebhookRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WeCom's customer-contact API on loopback for one corp and its self-built app, answering in WeCom's
 * {@code {"errcode":N,"errmsg":"..."}} shapes (HTTP 200), with state kept as WeCom keeps it. Shapes follow the
 * official documentation as mirrored in the SKIT.FlurlHttpClient.Wechat model samples ({@code platform-apis-2.md} §1).
 *
 * <ul>
 *   <li>{@code GET /cgi-bin/gettoken?corpid&corpsecret}: {@link #CORP_ID} / {@link #CORP_SECRET} get a token for
 *   7200 s; a wrong secret is 40001, a wrong CorpID 40013. Every other call needs a live {@code access_token}:
 *   missing 41001, unknown 40014, expired ({@link #expireTokens()}) 42001.</li>
 *   <li>Contact ways ({@code add/get/update/del_contact_way}): a state over 30 characters or a single contact
 *   way without exactly one member is 40058; a missing type 41037.</li>
 *   <li>Acquisition links ({@code customer_acquisition/create_link}, {@code get}, {@code delete_link}).</li>
 *   <li>Customers: {@code externalcontact/list}, {@code get}, {@code batch/get_by_user} (cursor paging, limit ≤ 100);
 *   groups: {@code groupchat/list} (cursor), {@code groupchat/get}, {@code statistic} and
 *   {@code statistic_group_by_day}: times must be midnights Beijing time, end before today (else 600018), start
 *   within 180 days, span ≤ 30 days, {@code owner_filter} required (else 81017).</li>
 *   <li>{@code send_welcome_msg}: a code issued by {@link #customerAdds} within the last 20 s of the simulator's
 *   clock, used once; otherwise 41051 (WeCom documents 41051 for an already-used code; the code for an expired one is
 *   not documented and the simulator uses 41051 too).</li>
 *   <li>Mass messages: {@code add_msg_template} creates a task whose deliveries stay unsent (status 0) until
 *   {@link #memberConfirms} — as in WeCom, where the member confirms in the client; customers who are not the
 *   sender's contacts are returned in {@code fail_list}. {@code get_groupmsg_list_v2}, {@code get_groupmsg_send_result}.</li>
 * </ul>
 *
 * <p>{@link #customerAdds} plays a customer scanning a contact way: the customer becomes the member's contact with
 * the contact way's state and the encrypted {@code add_external_contact} callback is returned, ready for the host's
 * receiver or for {@link WeComCallbackEmitter#deliver} to its URL. Injected faults apply to the API calls in WeCom's
 * shapes: {@link Fault#RATE_LIMITED} 45009, {@link Fault#PLATFORM_BUSY} -1, {@link Fault#TOKEN_EXPIRED} 42001,
 * {@link Fault#BAD_CREDENTIALS} 40001.
 */
public final class WeComSimulator extends WeChatFamilySimulator {
    /** The corp's CorpID. */
    public static final String CORP_ID = "ww0123456789abcdef";
    /** The self-built app's secret. */
    public static final String CORP_SECRET = "sim-corp-secret-1f2e3d4c5b6a";
    /** The app's callback Token. */
    public static final String CALLBACK_TOKEN = "mediaops";
    /** The app's callback EncodingAESKey (bytes 0x00..0x1f, the vector of {@code platform-apis-2.md} §9). */
    public static final String ENCODING_AES_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
    /** The members of the corp who serve customers. */
    public static final List<String> MEMBERS = List.of("zhangsan", "lisi");
    /** The customer groups on the simulator: one owned by each member. */
    public static final List<String> GROUP_CHATS = List.of("wrSimGroupZhangsan01", "wrSimGroupLisi0002");

    private static final String TOKEN_PATH = "/cgi-bin/gettoken";
    private static final String EC = "/cgi-bin/externalcontact/";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(7200);
    private static final Duration WELCOME_VALIDITY = Duration.ofSeconds(20);

    /** WeCom's own answers to the platform-coded faults. */
    private static final NativeFaults NATIVE_FAULTS = new NativeFaults(
            new PlatformError(-1, "system busy"), // PLATFORM_BUSY
            new PlatformError(45009, "api freq out of limit"), // RATE_LIMITED
            new PlatformError(42001, "access_token expired"), // TOKEN_EXPIRED
            new PlatformError(40001, "invalid secret")); // BAD_CREDENTIALS

    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;
    private final WeComCallbackEmitter emitter;
    private final AtomicInteger serial = new AtomicInteger(1000);
    private final Map<String, ObjectNode> contactWays = new LinkedHashMap<>();
    private final Map<String, ObjectNode> links = new LinkedHashMap<>();
    private final Map<String, ObjectNode> customers = new LinkedHashMap<>();       // external_userid -> external_contact
    private final Map<String, List<ObjectNode>> follows = new LinkedHashMap<>();   // external_userid -> follow_user[]
    private final Map<String, ObjectNode> groups = new LinkedHashMap<>();
    private final Map<String, long[]> activity = new HashMap<>();                  // owner|day -> new members, active, messages
    private final Map<String, Instant> welcomeCodes = new HashMap<>();
    private final Set<String> usedWelcomeCodes = new HashSet<>();
    private final List<String> welcomeMessages = new ArrayList<>();
    private final Map<String, ObjectNode> tasks = new LinkedHashMap<>();

    /** A simulator on the system clock. */
    public WeComSimulator() {
        this(Clock.systemUTC());
    }

    /** @param clock the clock tokens, welcome codes and statistics days run on */
    public WeComSimulator(Clock clock) {
        super(clock, TOKEN_PATH, NATIVE_FAULTS, "{\"errcode\":0,\"errmsg\":\"ok\",\"config_id\":");
        this.clock = clock;
        this.emitter = new WeComCallbackEmitter(CORP_ID, CALLBACK_TOKEN, ENCODING_AES_KEY, clock);
        seed();
        start();
    }

    private void seed() {
        long t = clock.instant().getEpochSecond() - 30 * 86_400L;
        addCustomer("wmSimCustomer0001", "李四", 1, "zhangsan", t, null);
        addCustomer("wmSimCustomer0002", "王五", 1, "zhangsan", t + 3600, null);
        addCustomer("wmSimCustomer0003", "赵六", 2, "lisi", t + 7200, null);
        group(GROUP_CHATS.get(0), "新品体验群", "zhangsan", t, List.of("zhangsan", "wmSimCustomer0001", "wmSimCustomer0002"));
        group(GROUP_CHATS.get(1), "会员福利群", "lisi", t, List.of("lisi", "wmSimCustomer0003"));
    }

    private void addCustomer(String id, String name, int type, String user, long at, String state) {
        ObjectNode c = customers.computeIfAbsent(id, k -> json.createObjectNode().put("external_userid", id).put("name", name)
                .put("type", type).put("gender", 0));
        ObjectNode f = json.createObjectNode().put("userid", user).put("remark", "").put("createtime", at)
                .put("add_way", state == null ? 0 : 1).put("oper_userid", id);
        if (state != null) {
            f.put("state", state);
        }
        follows.computeIfAbsent(c.get("external_userid").asText(), k -> new ArrayList<>()).add(f);
    }

    private void group(String chatId, String name, String owner, long at, List<String> members) {
        ObjectNode g = json.createObjectNode().put("chat_id", chatId).put("name", name).put("owner", owner).put("create_time", at)
                .put("notice", "");
        ArrayNode list = g.putArray("member_list");
        for (String m : members) {
            list.addObject().put("userid", m).put("type", m.startsWith("wm") ? 2 : 1).put("join_time", at).put("join_scene", 1);
        }
        g.putArray("admin_list");
        groups.put(chatId, g);
    }

    /** The encrypted-callback builder for this corp and app. */
    public WeComCallbackEmitter callbacks() {
        return emitter;
    }

    /**
     * A customer scans the contact way {@code configId}: they become the contact of its first member with the contact
     * way's state, a welcome code valid for 20 s is issued, and the encrypted {@code add_external_contact} callback
     * WeCom would send is returned.
     */
    public synchronized WebhookRequest customerAdds(String configId, String externalUserId, String name) {
        ObjectNode way = contactWays.get(configId);
        if (way == null) {
            throw new IllegalArgumentException("no contact way " + configId);
        }
        String user = way.path("user").path(0).asText(MEMBERS.get(0));
        String state = way.path("state").asText(null);
        addCustomer(externalUserId, name, 1, user, clock.instant().getEpochSecond(), state);
        String code = "WELCOME" + serial.incrementAndGet();
        welcomeCodes.put(code, clock.instant());
        return emitter.contactAdded(user, externalUserId, state, code);
    }

    /**
     * A customer opens {@code link}'s URL with {@code customer_channel} and adds its first member: the channel comes back
     * as the callback's State.
     */
    public synchronized WebhookRequest customerAddsThroughLink(String linkId, String customerChannel, String externalUserId) {
        ObjectNode link = links.get(linkId);
        if (link == null) {
            throw new IllegalArgumentException("no link " + linkId);
        }
        String user = link.get("range").get("user_list").get(0).asText();
        addCustomer(externalUserId, externalUserId, 1, user, clock.instant().getEpochSecond(), customerChannel);
        return emitter.contactAdded(user, externalUserId, customerChannel, null);
    }

    /** Sets one owner's group activity on one day (for the statistics). */
    public synchronized void groupActivity(String owner, LocalDate day, long newMembers, long activeMembers, long messages) {
        activity.put(owner + "|" + day, new long[] {newMembers, activeMembers, messages});
    }

    /** The member confirms the mass-message task in the client: its deliveries are made now. */
    public synchronized void memberConfirms(String msgId) {
        ObjectNode task = tasks.get(msgId);
        if (task == null) {
            throw new IllegalArgumentException("no task " + msgId);
        }
        for (JsonNode d : task.get("send_list")) {
            ((ObjectNode) d).put("status", 1).put("send_time", clock.instant().getEpochSecond());
        }
    }

    /** The welcome messages accepted so far, in order. */
    public synchronized List<String> welcomeMessages() {
        return List.copyOf(welcomeMessages);
    }

    /** The contact ways now, by config id (copies). */
    public synchronized Map<String, JsonNode> contactWays() {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        contactWays.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return copy;
    }

    @Override
    protected synchronized String token(Map<String, String> q, byte[] raw) {
        if (!CORP_ID.equals(q.get("corpid"))) {
            return error(40013, "invalid corpid");
        }
        if (!CORP_SECRET.equals(q.get("corpsecret"))) {
            return error(40001, "invalid credential");
        }
        String token = "simtoken" + serial.incrementAndGet() + "x".repeat(20);
        tokens().issue(token, TOKEN_LIFETIME);
        return ok().put("access_token", token).put("expires_in", TOKEN_LIFETIME.toSeconds()).toString();
    }

    @Override
    protected synchronized String answer(String path, Map<String, String> q, byte[] raw) {
        if (!path.startsWith(EC)) {
            return error(40058, "unknown api " + path);
        }
        JsonNode body;
        try {
            body = raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
        } catch (IOException e) {
            return error(47001, "data format error");
        }
        return switch (path.substring(EC.length())) {
            case "add_contact_way" -> addContactWay(body);
            case "get_contact_way" -> getContactWay(body);
            case "update_contact_way" -> updateContactWay(body);
            case "del_contact_way" -> contactWays.remove(body.path("config_id").asText()) == null
                    ? error(40058, "invalid config_id") : ok().toString();
            case "customer_acquisition/create_link" -> createLink(body);
            case "customer_acquisition/get" -> getLink(body);
            case "customer_acquisition/delete_link" -> links.remove(body.path("link_id").asText()) == null
                    ? error(40058, "invalid link_id") : ok().toString();
            case "list" -> listContacts(q.get("userid"));
            case "get" -> getContact(q.get("external_userid"));
            case "batch/get_by_user" -> batch(body);
            case "groupchat/list" -> groupList(body);
            case "groupchat/get" -> groups.containsKey(body.path("chat_id").asText())
                    ? ok().set("group_chat", groups.get(body.path("chat_id").asText()).deepCopy()).toString()
                    : error(40050, "chatid not exist");
            case "groupchat/statistic" -> statistic(body, false);
            case "groupchat/statistic_group_by_day" -> statistic(body, true);
            case "send_welcome_msg" -> welcome(body);
            case "add_msg_template" -> addTask(body);
            case "get_groupmsg_list_v2" -> taskList(body);
            case "get_groupmsg_send_result" -> sendResult(body);
            default -> error(40058, "unknown api " + path);
        };
    }

    private String addContactWay(JsonNode b) {
        String invalid = checkContactWay(b, true);
        if (invalid != null) {
            return invalid;
        }
        String id = String.format("%032x", serial.incrementAndGet());
        ObjectNode way = ((ObjectNode) b.deepCopy()).put("config_id", id);
        if (b.path("scene").asInt() == 2) {
            way.put("qr_code", "https://p.qpic.cn/wwhead/sim" + id.substring(24) + "/0");
        }
        if (!way.has("skip_verify")) {
            way.put("skip_verify", true);
        }
        contactWays.put(id, way);
        ObjectNode r = ok().put("config_id", id);
        if (way.has("qr_code")) {
            r.put("qr_code", way.get("qr_code").asText());
        }
        return r.toString();
    }

    private String checkContactWay(JsonNode b, boolean creating) {
        if (creating && !b.has("type")) {
            return error(41037, "missing contact way type");
        }
        if (b.has("state") && b.get("state").asText().codePointCount(0, b.get("state").asText().length()) > 30) {
            return error(40058, "state exceed max length 30");
        }
        int users = b.path("user").size();
        if (creating && b.path("type").asInt() == 1 && (users != 1 || b.has("party"))) {
            return error(40058, "single contact way needs exactly one user");
        }
        for (JsonNode u : b.path("user")) {
            if (!MEMBERS.contains(u.asText())) {
                return error(60011, "no privilege to access/modify contact/party/agent");
            }
        }
        return null;
    }

    private String getContactWay(JsonNode b) {
        ObjectNode way = contactWays.get(b.path("config_id").asText());
        return way == null ? error(40058, "invalid config_id") : ok().set("contact_way", way.deepCopy()).toString();
    }

    private String updateContactWay(JsonNode b) {
        ObjectNode way = contactWays.get(b.path("config_id").asText());
        if (way == null) {
            return error(40058, "invalid config_id");
        }
        String invalid = checkContactWay(b, false);
        if (invalid != null) {
            return invalid;
        }
        for (String f : List.of("remark", "skip_verify", "state", "user", "party")) {
            if (b.has(f)) {
                way.set(f, b.get(f).deepCopy());
            }
        }
        return ok().toString();
    }

    private String createLink(JsonNode b) {
        if (b.path("link_name").asText("").isEmpty() || b.path("range").path("user_list").isEmpty()) {
            return error(40058, "link_name and range required");
        }
        String id = "cawcde" + serial.incrementAndGet();
        ObjectNode link = json.createObjectNode().put("link_id", id).put("link_name", b.get("link_name").asText())
                .put("url", "https://work.weixin.qq.com/ca/" + id).put("create_time", clock.instant().getEpochSecond())
                .put("skip_verify", b.path("skip_verify").asBoolean(true));
        ObjectNode stored = json.createObjectNode();
        stored.set("link", link);
        stored.set("range", b.get("range").deepCopy());
        links.put(id, stored);
        return ok().set("link", link.deepCopy()).toString();
    }

    private String getLink(JsonNode b) {
        ObjectNode stored = links.get(b.path("link_id").asText());
        if (stored == null) {
            return error(40058, "invalid link_id");
        }
        ObjectNode link = (ObjectNode) stored.get("link").deepCopy();
        link.remove("link_id"); // WeCom's get answers without the id it was asked for
        ObjectNode r = ok();
        r.set("link", link);
        r.set("range", stored.get("range").deepCopy());
        return r.toString();
    }

    private String listContacts(String userId) {
        if (userId == null || !MEMBERS.contains(userId)) {
            return error(60011, "no privilege to access/modify contact/party/agent");
        }
        ObjectNode r = ok();
        ArrayNode ids = r.putArray("external_userid");
        follows.forEach((id, fs) -> {
            if (fs.stream().anyMatch(f -> f.get("userid").asText().equals(userId))) {
                ids.add(id);
            }
        });
        return r.toString();
    }

    private String getContact(String id) {
        ObjectNode c = id == null ? null : customers.get(id);
        if (c == null) {
            return error(84061, "not external contact");
        }
        ObjectNode r = ok();
        r.set("external_contact", c.deepCopy());
        ArrayNode fs = r.putArray("follow_user");
        follows.get(id).forEach(f -> fs.add(f.deepCopy()));
        return r.toString();
    }

    private String batch(JsonNode b) {
        List<String> users = new ArrayList<>();
        b.path("userid_list").forEach(u -> users.add(u.asText()));
        if (users.isEmpty() || users.size() > 100) {
            return error(40058, "userid_list size must be 1..100");
        }
        int limit = b.path("limit").asInt(50);
        if (limit < 1 || limit > 100) {
            return error(40058, "limit must be 1..100");
        }
        List<ObjectNode> all = new ArrayList<>();
        follows.forEach((id, fs) -> fs.stream().filter(f -> users.contains(f.get("userid").asText())).forEach(f -> {
            ObjectNode item = json.createObjectNode();
            item.set("external_contact", customers.get(id).deepCopy());
            ObjectNode info = f.deepCopy();
            info.putArray("tag_id");
            item.set("follow_info", info);
            all.add(item);
        }));
        return page(all, b.path("cursor").asText(""), limit, "external_contact_list");
    }

    private String page(List<ObjectNode> all, String cursor, int limit, String field) {
        int from;
        try {
            from = cursor.isEmpty() ? 0 : Integer.parseInt(cursor.substring("cur".length()));
        } catch (RuntimeException e) {
            return error(40058, "invalid cursor");
        }
        ObjectNode r = ok();
        ArrayNode items = r.putArray(field);
        all.stream().skip(from).limit(limit).forEach(items::add);
        if (from + limit < all.size()) {
            r.put("next_cursor", "cur" + (from + limit));
        } else {
            r.put("next_cursor", "");
        }
        return r.toString();
    }

    private String groupList(JsonNode b) {
        int limit = b.path("limit").asInt(0);
        if (limit < 1 || limit > 1000) {
            return error(40058, "limit must be 1..1000");
        }
        Set<String> owners = new HashSet<>();
        b.path("owner_filter").path("userid_list").forEach(u -> owners.add(u.asText()));
        List<ObjectNode> refs = new ArrayList<>();
        groups.values().stream().filter(g -> owners.isEmpty() || owners.contains(g.get("owner").asText()))
                .forEach(g -> refs.add(json.createObjectNode().put("chat_id", g.get("chat_id").asText()).put("status", 0)));
        return page(refs, b.path("cursor").asText(""), limit, "group_chat_list");
    }

    private String statistic(JsonNode b, boolean byDay) {
        long begin = b.path("day_begin_time").asLong(-1);
        long end = b.path("day_end_time").asLong(begin);
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
        if (begin < 0 || !isMidnight(begin) || !isMidnight(end) || end < begin) {
            return error(600018, "invalid start/end time");
        }
        LocalDate first = day(begin);
        LocalDate last = day(end);
        if (!last.isBefore(today) || first.isBefore(today.minusDays(180)) || last.toEpochDay() - first.toEpochDay() + 1 > 30) {
            return error(600018, "invalid start/end time");
        }
        List<String> owners = new ArrayList<>();
        b.path("owner_filter").path("userid_list").forEach(u -> owners.add(u.asText()));
        if (owners.isEmpty()) {
            return error(81017, "owner_filter required");
        }
        ObjectNode r = ok();
        ArrayNode items = r.putArray("items");
        if (byDay) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                ObjectNode item = items.addObject().put("stat_time", d.atStartOfDay(SHANGHAI).toEpochSecond());
                item.set("data", data(owners, d, d));
            }
            return r.toString();
        }
        int offset = b.path("offset").asInt(0);
        int limit = b.path("limit").asInt(500);
        List<String> page = owners.stream().skip(offset).limit(limit).toList();
        for (String o : page) {
            ObjectNode item = items.addObject().put("owner", o);
            item.set("data", data(List.of(o), first, last));
        }
        r.put("total", owners.size()).put("next_offset", Math.min(owners.size(), offset + page.size()));
        return r.toString();
    }

    private ObjectNode data(List<String> owners, LocalDate first, LocalDate last) {
        long chats = 0;
        long members = 0;
        for (ObjectNode g : groups.values()) {
            if (owners.contains(g.get("owner").asText())) {
                chats++;
                members += g.get("member_list").size();
            }
        }
        long joined = 0;
        long active = 0;
        long messages = 0;
        long activeChats = 0;
        for (String o : owners) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                long[] a = activity.getOrDefault(o + "|" + d, new long[3]);
                joined += a[0];
                active += a[1];
                messages += a[2];
                activeChats += a[2] > 0 ? 1 : 0;
            }
        }
        return json.createObjectNode().put("new_chat_cnt", 0).put("chat_total", chats).put("chat_has_msg", Math.min(chats, activeChats))
                .put("new_member_cnt", joined).put("member_total", members).put("member_has_msg", active).put("msg_total", messages)
                .put("migrate_trainee_chat_cnt", 0);
    }

    private static boolean isMidnight(long epoch) {
        return Instant.ofEpochSecond(epoch).atZone(SHANGHAI).toLocalTime().toSecondOfDay() == 0;
    }

    private static LocalDate day(long epoch) {
        return Instant.ofEpochSecond(epoch).atZone(SHANGHAI).toLocalDate();
    }

    private String welcome(JsonNode b) {
        String code = b.path("welcome_code").asText("");
        Instant issued = welcomeCodes.get(code);
        if (issued == null || usedWelcomeCodes.contains(code) || clock.instant().isAfter(issued.plus(WELCOME_VALIDITY))) {
            return error(41051, "externaluser has started chatting");
        }
        usedWelcomeCodes.add(code);
        welcomeMessages.add(b.path("text").path("content").asText(""));
        return ok().toString();
    }

    private String addTask(JsonNode b) {
        String type = b.path("chat_type").asText("single");
        String sender = b.path("sender").asText("");
        if (type.equals("group") && sender.isEmpty()) {
            return error(40058, "sender required for group");
        }
        String msgId = "msgSim" + serial.incrementAndGet() + "AAAA";
        ObjectNode task = json.createObjectNode().put("msgid", msgId).put("creator", sender).put("create_time",
                clock.instant().getEpochSecond()).put("create_type", 1).put("chat_type", type);
        task.set("text", b.path("text").deepCopy());
        ArrayNode sends = task.putArray("send_list");
        ObjectNode r = ok();
        ArrayNode fail = r.putArray("fail_list");
        if (type.equals("group")) {
            for (JsonNode c : b.path("chat_id_list")) {
                if (groups.containsKey(c.asText()) && groups.get(c.asText()).get("owner").asText().equals(sender)) {
                    sends.addObject().put("chat_id", c.asText()).put("userid", sender).put("status", 0).put("send_time", 0);
                }
            }
        } else {
            for (JsonNode e : b.path("external_userid")) {
                boolean contact = follows.getOrDefault(e.asText(), List.of()).stream()
                        .anyMatch(f -> f.get("userid").asText().equals(sender));
                if (contact) {
                    sends.addObject().put("external_userid", e.asText()).put("userid", sender).put("status", 0).put("send_time", 0);
                } else {
                    fail.add(e.asText());
                }
            }
        }
        tasks.put(msgId, task);
        return r.put("msgid", msgId).toString();
    }

    private String taskList(JsonNode b) {
        long from = b.path("start_time").asLong();
        long to = b.path("end_time").asLong();
        String type = b.path("chat_type").asText("single");
        ObjectNode r = ok().put("next_cursor", "");
        ArrayNode list = r.putArray("group_msg_list");
        for (ObjectNode t : tasks.values()) {
            long at = t.get("create_time").asLong();
            if (t.get("chat_type").asText().equals(type) && at >= from && at <= to) {
                ObjectNode m = list.addObject().put("msgid", t.get("msgid").asText()).put("creator", t.get("creator").asText())
                        .put("create_time", at).put("create_type", 1);
                m.set("text", t.get("text").deepCopy());
            }
        }
        return r.toString();
    }

    private String sendResult(JsonNode b) {
        ObjectNode task = tasks.get(b.path("msgid").asText());
        if (task == null) {
            return error(40058, "invalid msgid");
        }
        String user = b.path("userid").asText("");
        List<ObjectNode> mine = new ArrayList<>();
        task.get("send_list").forEach(s -> {
            if (s.get("userid").asText().equals(user)) {
                mine.add((ObjectNode) s.deepCopy());
            }
        });
        return page(mine, b.path("cursor").asText(""), Math.max(1, b.path("limit").asInt(500)), "send_list");
    }

    private ObjectNode ok() {
        return json.createObjectNode().put("errcode", 0).put("errmsg", "ok");
    }
}
