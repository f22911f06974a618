package io.github.mediaops.connector.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.connector.wecom.simulator.WeComCallbackEmitter;
import io.github.mediaops.connector.wecom.simulator.WeComSimulator;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The replay suite (DESIGN.md §4): WeCom's documentation examples as mirrored in the SKIT.FlurlHttpClient.Wechat
 * model samples and WxJava's test messages (sources in {@code src/test/resources/replay/SOURCES.md}), served over
 * loopback HTTP to the real connector. Every expected value is read from the same file with a plain JSON tree and
 * WeCom's documented rules, never from the connector's mapper.
 */
class WeComReplayTest {
    private static final String SKIT = "skit/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final RecordedResponses replay = new RecordedResponses();
    private final ManualClock clock = new ManualClock(Instant.parse("2020-10-01T04:00:00Z"));
    private final WeComConnector wecom = WeComTestSupport.connector(replay.baseUrl(), clock);

    @AfterEach
    void close() {
        wecom.close();
        replay.close();
    }

    private static JsonNode tree(String file) {
        try {
            String text = new String(RecordedResponses.file(file), StandardCharsets.UTF_8);
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Queues the token answer (recorded) before the first call, then {@code file}. */
    private JsonNode serve(String file) {
        if (replay.received().isEmpty()) {
            replay.enqueue(200, SKIT + "CgibinGetTokenResponse.json");
        }
        replay.enqueue(200, SKIT + file);
        return tree(SKIT + file);
    }

    private List<RecordedResponses.Received> sent() {
        return replay.received();
    }

    @Test
    void token_and_contact_way_creation() {
        JsonNode token = tree(SKIT + "CgibinGetTokenResponse.json");
        JsonNode add = serve("CgibinExternalContactAddContactWayResponse.json");
        ContactWay way = wecom.leadCapture().createContactWay(ContactWayRequest.builder("teststate", "zhangsan").build());
        assertThat(way.configId()).isEqualTo(add.get("config_id").asText());
        assertThat(way.qrCode()).contains(add.get("qr_code").asText());
        assertThat(sent().get(0).uri()).startsWith("/cgi-bin/gettoken?corpid=" + WeComSimulator.CORP_ID);
        assertThat(sent().get(1).uri()).isEqualTo("/cgi-bin/externalcontact/add_contact_way?access_token="
                + token.get("access_token").asText());
        assertThat(sent().get(1).body()).contains("\"state\":\"teststate\"").contains("\"type\":1").contains("\"scene\":2");
    }

    @Test
    void get_contact_way() {
        JsonNode w = serve("CgibinExternalContactGetContactWayResponse.json").get("contact_way");
        ContactWay way = wecom.leadCapture().contactWay(w.get("config_id").asText());
        assertThat(way.state()).isEqualTo(w.get("state").asText());
        assertThat(way.remark()).contains(w.get("remark").asText());
        assertThat(way.skipVerify()).isEqualTo(w.get("skip_verify").asBoolean());
        List<String> users = new ArrayList<>();
        w.get("user").forEach(u -> users.add(u.asText()));
        assertThat(way.users()).containsExactlyElementsOf(users);
        assertThat(way.departments()).containsExactly(w.get("party").get(0).asLong(), w.get("party").get(1).asLong());
        assertThat(way.qrCode()).contains(w.get("qr_code").asText());
    }

    @Test
    void create_and_get_acquisition_link() {
        JsonNode created = serve("CgibinExternalContactCustomerAcquisitionCreateLinkResponse.json").get("link");
        AcquisitionLink link = wecom.leadCapture().createLink("获客链接1号", List.of("zhangsan"), "replay-link");
        assertThat(link.linkId()).isEqualTo(created.get("link_id").asText());
        assertThat(link.name()).isEqualTo(created.get("link_name").asText());
        assertThat(link.url()).isEqualTo(created.get("url").asText());
        assertThat(link.createdAt()).isEqualTo(Instant.ofEpochSecond(created.get("create_time").asLong()));

        JsonNode got = serve("CgibinExternalContactCustomerAcquisitionGetResponse.json");
        AcquisitionLink read = wecom.leadCapture().link("LINK_ID_ASKED");
        assertThat(read.linkId()).as("the answer has no link_id: the one asked for").isEqualTo("LINK_ID_ASKED");
        assertThat(read.url()).isEqualTo(got.get("link").get("url").asText());
        assertThat(read.users()).containsExactly(got.get("range").get("user_list").get(0).asText(),
                got.get("range").get("user_list").get(1).asText());
        assertThat(read.departments()).containsExactly(got.get("range").get("department_list").get(0).asLong());
        assertThat(read.trackedUrl("mAbCdEf12345")).isEqualTo(got.get("link").get("url").asText() + "?customer_channel=mAbCdEf12345");
    }

    @Test
    void customer_list_detail_and_batch() {
        JsonNode list = serve("CgibinExternalContactListResponse.json");
        assertThat(wecom.customers().contactIds("zhangsan")).containsExactly(list.get("external_userid").get(0).asText(),
                list.get("external_userid").get(1).asText());

        JsonNode detail = serve("CgibinExternalContactGetResponse.json");
        replay.enqueue(200, SKIT + "CgibinExternalContactGetResponse.json"); // next_cursor is set: the next page is read
        ExternalContact c = wecom.customers().contact("woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA");
        JsonNode ec = detail.get("external_contact");
        assertThat(c.externalUserId()).isEqualTo(ec.get("external_userid").asText());
        assertThat(c.name()).contains(ec.get("name").asText());
        assertThat(c.kind()).isEqualTo(ec.get("type").asInt() == 2 ? ExternalContact.Kind.WECOM : ExternalContact.Kind.WECHAT);
        assertThat(c.unionId()).contains(ec.get("unionid").asText());
        JsonNode f0 = detail.get("follow_user").get(0);
        JsonNode f1 = detail.get("follow_user").get(1);
        assertThat(c.follows()).hasSize(4); // two pages of two
        assertThat(c.follows().get(0).userId()).isEqualTo(f0.get("userid").asText());
        assertThat(c.follows().get(0).addedAt()).isEqualTo(Instant.ofEpochSecond(f0.get("createtime").asLong()));
        assertThat(c.follows().get(0).addWay()).isEqualTo(f0.get("add_way").asInt());
        assertThat(c.follows().get(0).tagIds()).containsExactly(f0.get("tags").get(0).get("tag_id").asText());
        assertThat(c.follows().get(0).state()).isEmpty();
        assertThat(c.follows().get(1).state()).contains(f1.get("state").asText());
        assertThat(sent().get(sent().size() - 1).uri()).contains("cursor=" + detail.get("next_cursor").asText());

        JsonNode batch = serve("CgibinExternalContactBatchGetByUserResponse.json");
        Page<ExternalContact> page = wecom.customers().contactsOf(List.of("rocky", "lisi"), PageRequest.first(50));
        JsonNode b1 = batch.get("external_contact_list").get(1);
        assertThat(page.items()).hasSize(2);
        assertThat(page.nextCursor()).isEqualTo(batch.get("next_cursor").asText());
        ExternalContact second = page.items().get(1);
        assertThat(second.externalUserId()).isEqualTo(b1.get("external_contact").get("external_userid").asText());
        assertThat(second.follows()).singleElement().satisfies(f -> {
            assertThat(f.userId()).isEqualTo(b1.get("follow_info").get("userid").asText());
            assertThat(f.state()).contains(b1.get("follow_info").get("state").asText());
            assertThat(f.tagIds()).containsExactly(b1.get("follow_info").get("tag_id").get(0).asText(),
                    b1.get("follow_info").get("tag_id").get(1).asText());
        });
        assertThat(sent().get(sent().size() - 1).body()).contains("\"userid_list\":[\"rocky\",\"lisi\"]").contains("\"limit\":50");
    }

    @Test
    void group_chats_list_and_detail() {
        JsonNode list = serve("CgibinExternalContactGroupChatListResponse.json");
        Page<GroupChat.Ref> refs = wecom.customers().groupChats(List.of(), PageRequest.first(100));
        assertThat(refs.items()).extracting(GroupChat.Ref::chatId).containsExactly(
                list.get("group_chat_list").get(0).get("chat_id").asText(), list.get("group_chat_list").get(1).get("chat_id").asText());
        assertThat(refs.nextCursor()).isEqualTo(list.get("next_cursor").asText());

        JsonNode g = serve("CgibinExternalContactGroupChatGetResponse.json").get("group_chat");
        GroupChat chat = wecom.customers().groupChat(g.get("chat_id").asText());
        assertThat(chat.name()).contains(g.get("name").asText());
        assertThat(chat.owner()).isEqualTo(g.get("owner").asText());
        assertThat(chat.createdAt()).isEqualTo(Instant.ofEpochSecond(g.get("create_time").asLong()));
        JsonNode m0 = g.get("member_list").get(0);
        JsonNode m1 = g.get("member_list").get(1);
        assertThat(chat.members()).hasSize(2);
        assertThat(chat.members().get(0).customer()).isEqualTo(m0.get("type").asInt() == 2);
        assertThat(chat.members().get(0).state()).contains(m0.get("state").asText());
        assertThat(chat.members().get(0).invitor()).contains(m0.get("invitor").get("userid").asText());
        assertThat(chat.members().get(1).customer()).isEqualTo(m1.get("type").asInt() == 2);
        assertThat(chat.members().get(1).joinedAt()).isEqualTo(Instant.ofEpochSecond(m1.get("join_time").asLong()));
    }

    @Test
    void group_statistics_by_owner_and_by_day() {
        JsonNode owners = serve("CgibinExternalContactGroupChatStatisticsResponse.json");
        LocalDate day = LocalDate.of(2020, 9, 17);
        List<GroupStats.Owner> rows = wecom.customers().groupStatsByOwner(DateRange.day(day), List.of("zhangsan", "lisi"));
        assertThat(rows).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode item = owners.get("items").get(i);
            assertThat(rows.get(i).owner()).isEqualTo(item.get("owner").asText());
            assertStats(rows.get(i).stats(), item.get("data"));
        }
        assertThat(sent().get(sent().size() - 1).body()).contains("\"day_begin_time\":" + day.atStartOfDay(SHANGHAI).toEpochSecond());

        JsonNode days = serve("CgibinExternalContactGroupChatStatisticsGroupByDayResponse.json");
        List<GroupStats.Day> byDay = wecom.customers().groupStatsByDay(DateRange.of(day, day.plusDays(1)), List.of("zhangsan"));
        assertThat(byDay).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode item = days.get("items").get(i);
            assertThat(byDay.get(i).day()).isEqualTo(Instant.ofEpochSecond(item.get("stat_time").asLong()).atZone(SHANGHAI).toLocalDate());
            assertStats(byDay.get(i).stats(), item.get("data"));
        }
    }

    private static void assertStats(GroupStats s, JsonNode d) {
        assertThat(s.newChats()).isEqualTo(d.get("new_chat_cnt").asLong());
        assertThat(s.chats()).isEqualTo(d.get("chat_total").asLong());
        assertThat(s.chatsWithMessages()).isEqualTo(d.get("chat_has_msg").asLong());
        assertThat(s.newMembers()).isEqualTo(d.get("new_member_cnt").asLong());
        assertThat(s.members()).isEqualTo(d.get("member_total").asLong());
        assertThat(s.activeMembers()).isEqualTo(d.get("member_has_msg").asLong());
        assertThat(s.messages()).isEqualTo(d.get("msg_total").asLong());
        assertThat(s.migratedTraineeChats()).isEqualTo(d.get("migrate_trainee_chat_cnt").asLong());
    }

    @Test
    void mass_message_task_list_and_send_result() {
        JsonNode created = serve("CgibinExternalContactAddMessageTemplateResponse.json");
        MassMessage.Task task = wecom.messages().createMassMessage(MassMessage.toCustomers("zhangsan",
                List.of("wmqfasd1e1927831123109rBAAAA", "wmOther"), "文本消息内容", "replay-mass"));
        assertThat(task.msgId()).isEqualTo(created.get("msgid").asText());
        assertThat(task.unreachedExternalUserIds()).containsExactly(created.get("fail_list").get(0).asText());
        assertThat(task.status()).isEqualTo(MassMessage.Status.PENDING);

        JsonNode list = serve("CgibinExternalContactGetGroupMessageListV2Response.json");
        replay.enqueue(200, SKIT + "CgibinExternalContactGetGroupMessageListV2Response.json"); // next_cursor "CURSOR": a second page
        List<MassMessage.Summary> tasks = wecom.messages().massMessages(MassMessage.Target.SINGLE, Instant.ofEpochSecond(123_000_000L),
                Instant.ofEpochSecond(124_000_000L));
        JsonNode m = list.get("group_msg_list").get(0);
        assertThat(tasks).hasSize(2).allSatisfy(s -> {
            assertThat(s.msgId()).isEqualTo(m.get("msgid").asText());
            assertThat(s.creator()).isEqualTo(m.get("creator").asText());
            assertThat(s.createdAt()).isEqualTo(Instant.ofEpochSecond(m.get("create_time").asLong()));
            assertThat(s.text()).contains(m.get("text").get("content").asText());
        });

        JsonNode result = serve("CgibinExternalContactGetGroupMessageSendResultResponse.json");
        replay.enqueue(200, SKIT + "CgibinExternalContactGetGroupMessageSendResultResponse.json");
        MassMessage.Report report = wecom.messages().massMessageStatus(task.msgId(), "zhangsan");
        JsonNode s0 = result.get("send_list").get(0);
        assertThat(report.deliveries()).hasSize(2).allSatisfy(d -> {
            assertThat(d.externalUserId()).contains(s0.get("external_userid").asText());
            assertThat(d.chatId()).contains(s0.get("chat_id").asText());
            assertThat(d.sender()).isEqualTo(s0.get("userid").asText());
            assertThat(d.status()).isEqualTo(MassMessage.DeliveryStatus.values()[s0.get("status").asInt()]);
            assertThat(d.sentAt()).contains(Instant.ofEpochSecond(s0.get("send_time").asLong()));
        });
        assertThat(report.status()).as("status 1 (sent) everywhere").isEqualTo(MassMessage.Status.SENT);
    }

    @Test
    void wxjava_recorded_callbacks_decode_after_encryption() {
        ManualClock then = new ManualClock(Instant.ofEpochSecond(1_403_610_513L));
        WeComConnector at = WeComTestSupport.connector(replay.baseUrl(), then);
        WeComCallbackEmitter emitter = new WeComCallbackEmitter(WeComSimulator.CORP_ID, WeComSimulator.CALLBACK_TOKEN,
                WeComSimulator.ENCODING_AES_KEY, then);
        String add = new String(RecordedResponses.file("wxjava/add_external_contact.xml"), StandardCharsets.UTF_8);
        WeComEvent e = at.callbacks().receive(emitter.event(add, 1_403_610_513L)).events().get(0);
        assertThat(e).isInstanceOfSatisfying(WeComEvent.ContactAdded.class, a -> {
            assertThat(a.userId()).isEqualTo("zhangsan");
            assertThat(a.externalUserId()).isEqualTo("woAJ2GCAAAXtWyujaWJHDDGi0mACH71w");
            assertThat(a.state()).contains("teststate");
            assertThat(a.welcomeCode()).hasValueSatisfying(w -> assertThat(w.code()).isEqualTo("WELCOMECODE"));
            assertThat(a.at()).isEqualTo(Instant.ofEpochSecond(1_403_610_513L));
        });
        String del = new String(RecordedResponses.file("wxjava/del_external_contact.xml"), StandardCharsets.UTF_8);
        assertThat(at.callbacks().receive(emitter.event(del, 1_403_610_513L)).events()).singleElement()
                .isInstanceOfSatisfying(WeComEvent.ContactChanged.class, c -> {
                    assertThat(c.changeType()).isEqualTo("del_external_contact");
                    assertThat(c.lost()).isTrue();
                });
        at.close();
    }
}
