package io.github.mediaops.connector.channels;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.github.mediaops.connector.support.AccessToken;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.OwnAccounts;
import io.github.mediaops.connector.support.Paging;
import io.github.mediaops.connector.support.WeChatFamilyTokens;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WeChat Channels (视频号) connector: exactly what a brand's server can reach ({@code platform-apis-2.md} §2).
 * Live records and reservations, the account's follower count (as {@link Capability#AUDIENCE_METRICS}), numbers of
 * lives that used the lead component, Weixin Store (微信小店) orders with amounts in fen, and the Weixin Store order
 * push (JSON, safe mode, as {@link Capability#WEBHOOKS}). <strong>There is no Channels API to publish, edit or
 * delete videos or to read per-video numbers</strong>, so this connector offers no {@code PUBLISH} and no
 * {@code CONTENT_METRICS}.
 *
 * <p>Credentials: identifier {@code appId}; secrets {@code appSecret}, and for the push {@code token} and
 * {@code encodingAesKey} (43 characters). 视频号助手 APIs need the appid/secret from 视频号助手 → 直播 → 开放能力;
 * Weixin Store APIs need the shop's appid (the other one answers 48001, a {@code PermissionDeniedException}): use
 * one connector per appid. Tokens come from {@code cgi-bin/stable_token} (7200 s), one per appId in the token store.
 *
 * <p>Thread-safe; build one per appId and share it. {@link #toString()} shows no secret.
 */
public final class ChannelsConnector extends HttpConnector {
    /** The connector id registered by {@link ChannelsConnectorProvider}. */
    public static final String ID = "wechat-channels";
    /** WeChat's public API host. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.weixin.qq.com/");
    /** The zone WeChat reports in. */
    public static final ZoneId REPORTING_ZONE = ZoneId.of("Asia/Shanghai");
    /** The longest create-time window of one {@code order/list/get} call. */
    public static final int ORDER_WINDOW_DAYS = 7;
    /** The largest page of {@code order/list/get}. */
    public static final int ORDER_PAGE_SIZE = 100;

    private static final String LIVE_DATA = "channels/finderlive/get_finder_live_data_list";
    private static final String ORDER_LIST = "channels/ec/order/list/get";

    private final Secret appSecret;
    private final AccountRef account;
    private final ZoneId zone;
    private final ChannelsApi api;
    private final WeChatFamilyTokens.Api tokens;

    private ChannelsConnector(Builder b) {
        super(ChannelsConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ChannelsErrors.TABLE,
                PropertyNamingStrategies.SNAKE_CASE);
        ConnectorConfig config = config();
        this.appSecret = config.credentials().requireSecret("appSecret");
        this.account = AccountRef.of(ChannelsErrors.PLATFORM, app());
        this.zone = config.zone().orElse(REPORTING_ZONE);
        this.api = api(ChannelsApi.class);
        this.tokens = api(WeChatFamilyTokens.Api.class);
        offer(Capability.AUDIENCE_METRICS, new ChannelsAudience(this));
        Optional<Secret> pushToken = config.credentials().secret("token");
        Optional<Secret> aesKey = config.credentials().secret("encodingAesKey");
        if (pushToken.isPresent() && aesKey.isPresent()) {
            offer(Capability.WEBHOOKS, new ChannelsWebhooks(runtime().webhooks(), pushToken.get(), config));
        } else {
            withhold(Capability.WEBHOOKS, "configure the push secrets \"token\" and \"encodingAesKey\" (Weixin Store pushes "
                    + "are safe mode only)");
        }
    }

    /** A builder for a connector with this configuration. */
    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /** Fetches an app token from {@code cgi-bin/stable_token}, force-refreshing only when WeChat hands out the refused one. */
    @Override
    protected AccessToken fetchToken(Optional<AccessToken> previous) {
        return WeChatFamilyTokens.stable(runtime(), tokens, app(), appSecret, previous);
    }

    /** The account this connector acts for ({@code wechat-channels:<appId>}). */
    public AccountRef account() {
        return account;
    }

    /** The account's lives ({@code channels/ec/finderlive/getfinderliverecordlist}), as WeChat lists them. */
    public List<ChannelsLive> liveRecords() {
        String op = "channels/ec/finderlive/getfinderliverecordlist";
        ChannelsApi.LiveRecords r = runtime().read(op, t -> api.liveRecords(t, Map.of()));
        List<ChannelsLive> out = new ArrayList<>();
        for (ChannelsApi.Live l : nonNull(r.liveList())) {
            out.add(new ChannelsLive(ChannelsErrors.WIRE.required(op, "export_id", l.exportId()), text(l.description()),
                    text(l.coverUrl()), text(l.nickname())));
        }
        return out;
    }

    /** The account's live reservations ({@code getfinderlivenoticerecordlist}): its live calendar, in WeChat's order. */
    public List<ChannelsLiveNotice> liveNotices() {
        String op = "channels/ec/finderlive/getfinderlivenoticerecordlist";
        ChannelsApi.LiveNotices r = runtime().read(op, t -> api.liveNotices(t, Map.of()));
        List<ChannelsLiveNotice> out = new ArrayList<>();
        for (ChannelsApi.Notice n : nonNull(r.liveNoticeList())) {
            Long start = ChannelsMapping.count(op, "start_time", n.startTime());
            if (start == null) {
                throw ChannelsErrors.WIRE.unexpected(op, "a reservation without start_time");
            }
            out.add(new ChannelsLiveNotice(ChannelsErrors.WIRE.required(op, "notice_id", n.noticeId()),
                    n.status() == null ? 0 : n.status(),
                    text(n.statusWording()), Instant.ofEpochSecond(start), text(n.description()), text(n.nickname())));
        }
        return out;
    }

    /**
     * Numbers of the lives that used the lead component and started in {@code [from, to)}
     * ({@code get_finder_live_data_list}), every page ({@code last_buffer} / {@code continue_flag}) read.
     */
    public List<ChannelsLiveData> liveData(Instant from, Instant to) {
        checkSpan(from, to);
        return Paging.fetchAll(ChannelsErrors.PLATFORM, LIVE_DATA, r -> liveDataPage(from, to, r), 1, Integer.MAX_VALUE);
    }

    /**
     * One page of {@link #liveData}: the cursor is WeChat's {@code last_buffer} (null for the first page); the page
     * size is WeChat's own and {@code request.size()} is not sent.
     */
    public Page<ChannelsLiveData> liveDataPage(Instant from, Instant to, PageRequest request) {
        checkSpan(from, to);
        Checks.notNull(request, "request");
        String op = LIVE_DATA;
        String cursor = request.after().orElse("");
        ChannelsApi.LiveDataList r = runtime().read(op, t -> api.liveDataList(t,
                new ChannelsApi.LiveDataRequest(from.getEpochSecond(), to.getEpochSecond(), cursor)));
        List<ChannelsLiveData> items = new ArrayList<>();
        for (ChannelsApi.LiveDataItem i : nonNull(r.item())) {
            items.add(ChannelsMapping.liveData(op, i));
        }
        if (!Boolean.TRUE.equals(r.continueFlag())) {
            return Page.last(items);
        }
        if (r.lastBuffer() == null || r.lastBuffer().isEmpty()) {
            throw ChannelsErrors.WIRE.unexpected(op, "continue_flag without last_buffer");
        }
        return new Page<>(items, r.lastBuffer());
    }

    /**
     * Ids of the Weixin Store orders created on {@code days} (Beijing time), oldest window first: the range is cut
     * into windows of at most {@value #ORDER_WINDOW_DAYS} days and each window's pages are read by {@code next_key}.
     */
    public List<String> orderIds(DateRange days) {
        Checks.notNull(days, "days");
        List<String> out = new ArrayList<>();
        for (DateRange window : days.chunks(ORDER_WINDOW_DAYS)) {
            out.addAll(Paging.fetchAll(ChannelsErrors.PLATFORM, ORDER_LIST, r -> orderIdPage(window, r), ORDER_PAGE_SIZE,
                    Integer.MAX_VALUE));
        }
        return out;
    }

    /**
     * One page of order ids created on {@code days} ({@code channels/ec/order/list/get}); the cursor is WeChat's
     * {@code next_key} (null for the first page), the size at most {@value #ORDER_PAGE_SIZE}.
     *
     * @throws InvalidValueException naming {@code days} for a range over {@value #ORDER_WINDOW_DAYS} days (use
     *         {@link #orderIds}, which cuts it), or {@code request.size} over {@value #ORDER_PAGE_SIZE}
     */
    public Page<String> orderIdPage(DateRange days, PageRequest request) {
        Checks.notNull(days, "days");
        Checks.notNull(request, "request");
        if (days.days() > ORDER_WINDOW_DAYS) {
            throw new InvalidValueException("days", "the Weixin Store lists at most " + ORDER_WINDOW_DAYS
                    + " days of orders per call (was " + days + "); orderIds cuts a longer range");
        }
        if (request.size() > ORDER_PAGE_SIZE) {
            throw new InvalidValueException("request.size", "page_size must be at most " + ORDER_PAGE_SIZE + " (was "
                    + request.size() + ")");
        }
        String op = ORDER_LIST;
        long start = days.start().atStartOfDay(zone).toEpochSecond();
        long end = days.end().plusDays(1).atStartOfDay(zone).toEpochSecond() - 1;
        String key = request.after().orElse("");
        ChannelsApi.OrderList r = runtime().read(op, t -> api.orderList(t, new ChannelsApi.OrderListRequest(
                new ChannelsApi.TimeRange(start, end), request.size(), key)));
        List<String> ids = nonNull(r.orderIdList());
        if (!Boolean.TRUE.equals(r.hasMore())) {
            return Page.last(ids);
        }
        if (r.nextKey() == null || r.nextKey().isEmpty()) {
            throw ChannelsErrors.WIRE.unexpected(op, "has_more without next_key");
        }
        return new Page<>(ids, r.nextKey());
    }

    /** One Weixin Store order ({@code channels/ec/order/get}) with its amounts in CNY. */
    public ChannelsOrder order(String orderId) {
        Checks.notBlank(orderId, "orderId");
        if (!orderId.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new InvalidValueException("orderId", "a Weixin Store order id is a number (was " + Checks.show(orderId) + ")");
        }
        String op = "channels/ec/order/get";
        ChannelsApi.OrderResponse r = runtime().read(op, t -> api.order(t, new ChannelsApi.OrderRequest(orderId)));
        if (r.order() == null) {
            throw ChannelsErrors.WIRE.unexpected(op, "an answer without order");
        }
        return ChannelsMapping.order(op, r.order());
    }

    /** The orders created on {@code days}: {@link #orderIds} then {@link #order} for each. */
    public List<ChannelsOrder> orders(DateRange days) {
        List<ChannelsOrder> out = new ArrayList<>();
        for (String id : orderIds(days)) {
            out.add(order(id));
        }
        return out;
    }

    // ------------------------------------------------------------------ shared with the capability classes

    ChannelsApi api() {
        return api;
    }

    ZoneId zone() {
        return zone;
    }

    io.github.mediaops.connector.support.ConnectorRuntime rt() {
        return runtime();
    }

    void checkAccount(AccountRef ref) {
        OwnAccounts.check(ref, account);
    }

    private static void checkSpan(Instant from, Instant to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (!from.isBefore(to)) {
            throw new InvalidValueException("to", "to must be after from (was " + from + " .. " + to + ")");
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Builds a {@link ChannelsConnector}; the common options (stores, resilience, margins) are the template's. */
    public static final class Builder extends HttpConnector.Builder<Builder> {
        private Builder(ConnectorConfig config) {
            super(config, "appId");
        }

        @Override
        public ChannelsConnector build() {
            return new ChannelsConnector(this);
        }
    }
}
