package io.github.mediaops.connector.wecom;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Customers and customer groups: {@code externalcontact/list}, {@code get} (the members' side paged by
 * cursor), {@code batch/get_by_user} (cursor paging), {@code groupchat/list}, {@code groupchat/get},
 * {@code groupchat/statistic} and {@code statistic_group_by_day} ({@code platform-apis-2.md} §1.2).
 *
 * <p>Statistics windows are WeCom's: whole days in Asia/Shanghai, at most {@value #MAX_STAT_DAYS} days per
 * call, from {@value #STAT_HISTORY_DAYS} days ago to yesterday. A longer by-day range is split into
 * windows; an owner range must fit one window (WeCom sums over it). Days outside the history are refused
 * with {@link InvalidValueException} before any call (WeCom would answer 600018).
 */
public final class WeComCustomers {
    /** The longest statistics window WeCom accepts, in days. */
    public static final int MAX_STAT_DAYS = 30;
    /** How far back WeCom keeps statistics, in days. */
    public static final int STAT_HISTORY_DAYS = 180;
    /** {@code batch/get_by_user}: at most 100 members per call, 100 customers per page. */
    static final int MAX_BATCH = 100;
    /** {@code groupchat/list} and the statistics: 1 to 1000 per page. */
    static final int MAX_GROUP_PAGE = 1000;

    private final WeComApi api;
    private final ConnectorRuntime runtime;
    private final ZoneId zone;

    WeComCustomers(WeComApi api, ConnectorRuntime runtime, ZoneId zone) {
        this.api = api;
        this.runtime = runtime;
        this.zone = zone;
    }

    /** The external userids of the customers {@code userId} has added. */
    public List<String> contactIds(String userId) {
        Checks.notBlank(userId, "userId");
        return WeComLeadCapture.list(runtime.read("cgi-bin/externalcontact/list", t -> api.listContacts(t, userId)).externalUserid());
    }

    /** A customer with every member's side (WeCom pages the members beyond 500; all pages are read). */
    public ExternalContact contact(String externalUserId) {
        Checks.notBlank(externalUserId, "externalUserId");
        String op = "cgi-bin/externalcontact/get";
        WeComApi.WireContact[] contact = new WeComApi.WireContact[1];
        List<ExternalContact.Follow> follows = CursorPages.all(cursor -> {
            WeComApi.ContactDetail d = runtime.read(op, t -> api.getContact(t, externalUserId, cursor));
            if (contact[0] == null) {
                contact[0] = d.externalContact();
            }
            List<ExternalContact.Follow> page = new ArrayList<>();
            for (WeComApi.WireFollow f : WeComLeadCapture.list(d.followUser())) {
                page.add(follow(op, f));
            }
            return new Page<>(page, CursorPages.blankToNull(d.nextCursor()));
        });
        return contact(op, contact[0], follows);
    }

    /**
     * One page of the customers of {@code userIds} (at most 100 members), each with that member's side
     * ({@code batch/get_by_user}); {@link Page#nextCursor()} continues.
     */
    public Page<ExternalContact> contactsOf(List<String> userIds, PageRequest page) {
        List<String> users = Checks.notBlankEach(userIds, "userIds");
        if (users.isEmpty() || users.size() > MAX_BATCH) {
            throw new InvalidValueException("userIds", "userIds must name 1 to " + MAX_BATCH + " members for batch/get_by_user (was " + users.size() + ")");
        }
        Checks.notNull(page, "page");
        String op = "cgi-bin/externalcontact/batch/get_by_user";
        WeComApi.BatchContacts r = runtime.read(op, t -> api.batchContacts(t,
                new WeComApi.BatchRequest(users, page.after().orElse(null), Math.min(page.size(), MAX_BATCH))));
        List<ExternalContact> items = new ArrayList<>();
        for (WeComApi.BatchItem i : WeComLeadCapture.list(r.externalContactList())) {
            items.add(contact(op, i.externalContact(), i.followInfo() == null ? List.of() : List.of(follow(op, i.followInfo()))));
        }
        return new Page<>(items, CursorPages.blankToNull(r.nextCursor()));
    }

    /** One page of the customer groups owned by {@code owners} (all the app can see when empty). */
    public Page<GroupChat.Ref> groupChats(List<String> owners, PageRequest page) {
        List<String> o = Checks.notBlankEach(owners, "owners");
        Checks.notNull(page, "page");
        WeComApi.GroupChatList r = runtime.read("cgi-bin/externalcontact/groupchat/list", t -> api.listGroupChats(t,
                new WeComApi.GroupChatListRequest(0, o.isEmpty() ? null : new WeComApi.OwnerFilter(o), page.after().orElse(null),
                        Math.min(page.size(), MAX_GROUP_PAGE))));
        List<GroupChat.Ref> refs = new ArrayList<>();
        for (WeComApi.WireChatRef c : WeComLeadCapture.list(r.groupChatList())) {
            if (c.chatId() == null || c.chatId().isBlank()) {
                throw WeComErrors.WIRE.unexpected("cgi-bin/externalcontact/groupchat/list", "group without chat_id");
            }
            refs.add(new GroupChat.Ref(c.chatId(), c.status() == null ? 0 : c.status()));
        }
        return new Page<>(refs, CursorPages.blankToNull(r.nextCursor()));
    }

    /** A customer group with its members. */
    public GroupChat groupChat(String chatId) {
        Checks.notBlank(chatId, "chatId");
        String op = "cgi-bin/externalcontact/groupchat/get";
        WeComApi.WireGroupChat g = runtime.read(op, t -> api.getGroupChat(t, new WeComApi.GroupChatGetRequest(chatId, 1))).groupChat();
        if (g == null || g.chatId() == null || g.owner() == null || g.createTime() == null) {
            throw WeComErrors.WIRE.unexpected(op, "group without chat_id, owner or create_time");
        }
        List<GroupChat.Member> members = new ArrayList<>();
        for (WeComApi.WireMember m : WeComLeadCapture.list(g.memberList())) {
            if (m.userid() == null || m.joinTime() == null) {
                throw WeComErrors.WIRE.unexpected(op, "member without userid or join_time");
            }
            members.add(new GroupChat.Member(m.userid(), m.type() != null && m.type() == 2, Instant.ofEpochSecond(m.joinTime()),
                    m.joinScene() == null ? 0 : m.joinScene(), optional(m.state()),
                    m.invitor() == null ? Optional.empty() : optional(m.invitor().userid())));
        }
        return new GroupChat(g.chatId(), optional(g.name()), g.owner(), Instant.ofEpochSecond(g.createTime()), members);
    }

    /**
     * Daily statistics of the groups owned by {@code owners} (at most 100), one row per day WeCom reports,
     * split into windows of at most 30 days.
     */
    public List<GroupStats.Day> groupStatsByDay(DateRange days, List<String> owners) {
        List<String> o = owners(owners);
        checkHistory(days);
        String op = "cgi-bin/externalcontact/groupchat/statistic_group_by_day";
        List<GroupStats.Day> out = new ArrayList<>();
        for (LocalDate start = days.start(); !start.isAfter(days.end()); start = start.plusDays(MAX_STAT_DAYS)) {
            LocalDate end = start.plusDays(MAX_STAT_DAYS - 1L).isAfter(days.end()) ? days.end() : start.plusDays(MAX_STAT_DAYS - 1L);
            WeComApi.StatisticRequest req = new WeComApi.StatisticRequest(epoch(start), epoch(end), new WeComApi.OwnerFilter(o),
                    null, null, null, null);
            for (WeComApi.StatItem i : WeComLeadCapture.list(runtime.read(op, t -> api.groupStatisticByDay(t, req)).items())) {
                if (i.statTime() == null) {
                    throw WeComErrors.WIRE.unexpected(op, "row without stat_time");
                }
                out.add(new GroupStats.Day(Instant.ofEpochSecond(i.statTime()).atZone(zone).toLocalDate(), stats(op, i.data())));
            }
        }
        return out;
    }

    /** Each owner's group statistics summed over {@code days} (at most 30), every page read. */
    public List<GroupStats.Owner> groupStatsByOwner(DateRange days, List<String> owners) {
        List<String> o = owners(owners);
        checkHistory(days);
        if (days.days() > MAX_STAT_DAYS) {
            throw new InvalidValueException("days", "groupchat/statistic sums over at most " + MAX_STAT_DAYS + " days (was "
                    + days.days() + ": " + days + ")");
        }
        String op = "cgi-bin/externalcontact/groupchat/statistic";
        List<GroupStats.Owner> out = new ArrayList<>();
        int offset = 0;
        for (int page = 0; page < 1000; page++) {
            int off = offset;
            WeComApi.StatisticResponse r = runtime.read(op, t -> api.groupStatistic(t, new WeComApi.StatisticRequest(
                    epoch(days.start()), epoch(days.end()), new WeComApi.OwnerFilter(o), 1, 0, off, MAX_GROUP_PAGE)));
            List<WeComApi.StatItem> items = WeComLeadCapture.list(r.items());
            for (WeComApi.StatItem i : items) {
                if (i.owner() == null || i.owner().isBlank()) {
                    throw WeComErrors.WIRE.unexpected(op, "row without owner");
                }
                out.add(new GroupStats.Owner(i.owner(), stats(op, i.data())));
            }
            if (items.isEmpty() || r.nextOffset() == null || r.total() == null || r.nextOffset() >= r.total()
                    || r.nextOffset() <= offset) {
                break;
            }
            offset = r.nextOffset();
        }
        return out;
    }

    private static List<String> owners(List<String> owners) {
        List<String> o = Checks.notBlankEach(owners, "owners");
        if (o.isEmpty() || o.size() > MAX_BATCH) {
            throw new InvalidValueException("owners", "owners must name 1 to " + MAX_BATCH + " members for the group statistics (was " + o.size() + ")");
        }
        return o;
    }

    private void checkHistory(DateRange days) {
        Checks.notNull(days, "days");
        LocalDate today = LocalDate.now(runtime.clock().withZone(zone));
        if (!days.end().isBefore(today)) {
            throw new InvalidValueException("days", "WeCom's group statistics end yesterday (" + today.minusDays(1) + "); asked for "
                    + days);
        }
        if (days.start().isBefore(today.minusDays(STAT_HISTORY_DAYS))) {
            throw new InvalidValueException("days", "WeCom keeps group statistics for " + STAT_HISTORY_DAYS + " days (from "
                    + today.minusDays(STAT_HISTORY_DAYS) + "); asked for " + days);
        }
    }

    private long epoch(LocalDate day) {
        return day.atStartOfDay(zone).toEpochSecond();
    }

    private static GroupStats stats(String op, WeComApi.StatData d) {
        if (d == null) {
            throw WeComErrors.WIRE.unexpected(op, "row without data");
        }
        return new GroupStats(n(d.newChatCnt()), n(d.chatTotal()), n(d.chatHasMsg()), n(d.newMemberCnt()), n(d.memberTotal()),
                n(d.memberHasMsg()), n(d.msgTotal()), n(d.migrateTraineeChatCnt()));
    }

    private static long n(Long v) {
        return v == null ? 0 : v;
    }

    private static ExternalContact contact(String op, WeComApi.WireContact c, List<ExternalContact.Follow> follows) {
        if (c == null || c.externalUserid() == null || c.externalUserid().isBlank()) {
            throw WeComErrors.WIRE.unexpected(op, "customer without external_userid");
        }
        ExternalContact.Kind kind = c.type() == null ? ExternalContact.Kind.UNKNOWN : switch (c.type()) {
            case 1 -> ExternalContact.Kind.WECHAT;
            case 2 -> ExternalContact.Kind.WECOM;
            default -> ExternalContact.Kind.UNKNOWN;
        };
        return new ExternalContact(c.externalUserid(), optional(c.name()), kind, optional(c.unionid()), follows);
    }

    private static ExternalContact.Follow follow(String op, WeComApi.WireFollow f) {
        if (f.userid() == null || f.createtime() == null) {
            throw WeComErrors.WIRE.unexpected(op, "follow_user without userid or createtime");
        }
        List<String> tags = new ArrayList<>(WeComLeadCapture.list(f.tagId()));
        for (WeComApi.WireTag t : WeComLeadCapture.list(f.tags())) {
            if (t.tagId() != null) {
                tags.add(t.tagId());
            }
        }
        return new ExternalContact.Follow(f.userid(), Instant.ofEpochSecond(f.createtime()), optional(f.state()),
                f.addWay() == null ? 0 : f.addWay(), optional(f.remark()), tags);
    }

    static Optional<String> optional(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
