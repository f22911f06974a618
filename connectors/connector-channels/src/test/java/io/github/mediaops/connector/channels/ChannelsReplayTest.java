package io.github.mediaops.connector.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.channels.simulator.ChannelsSimulator;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.connector.tck.RecordedResponses;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replay suite (DESIGN.md §4): the Channels and Weixin Store documentation examples as mirrored in the
 * SKIT.FlurlHttpClient.Wechat model and event samples, and the official URL-check example (sources in
 * {@code src/test/resources/replay/SOURCES.md}), served over loopback HTTP to the real connector. Expected values are
 * read from the same file with a plain JSON tree and WeChat's documented units (amounts in fen), never from the
 * connector's mapper.
 */
class ChannelsReplayTest {
    private static final String SKIT = "skit/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.ofEpochSecond(1_662_480_000L); // the events' CreateTime

    private final RecordedResponses replay = new RecordedResponses();
    private final ManualClock clock = new ManualClock(NOW);
    private final ChannelsConnector channels = ChannelsTestSupport.connector(replay.baseUrl(), clock);

    @AfterEach
    void close() {
        channels.close();
        replay.close();
    }

    private static String text(String file) {
        String t = new String(RecordedResponses.file(file), StandardCharsets.UTF_8);
        return t.startsWith("\uFEFF") ? t.substring(1) : t;
    }

    private static JsonNode tree(String file) {
        try {
            return JSON.readTree(text(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Queues the token answer (recorded) before the first call, then {@code file}. */
    private JsonNode serve(String file) {
        if (replay.received().isEmpty()) {
            replay.enqueue(200, SKIT + "CgibinTokenResponse.json");
        }
        replay.enqueue(200, SKIT + file);
        return tree(SKIT + file);
    }

    private static Money fen(JsonNode n) {
        return Money.of(new BigDecimal(n.asText()).movePointLeft(2), "CNY");
    }

    @Test
    void stable_token_then_live_records_with_a_string_errcode() {
        JsonNode token = tree(SKIT + "CgibinTokenResponse.json");
        JsonNode recorded = serve("ECFinderLiveGetFinderLiveRecordListResponse.json");
        assertThat(recorded.get("errcode").isTextual()).as("the recorded errcode is a string").isTrue();

        List<ChannelsLive> lives = channels.liveRecords();

        JsonNode live = recorded.get("live_list").get(0);
        assertThat(lives).singleElement().isEqualTo(new ChannelsLive(live.get("export_id").asText(),
                live.get("description").asText(), live.get("cover_url").asText(), live.get("nickname").asText()));
        List<RecordedResponses.Received> sent = replay.received();
        assertThat(sent.get(0).uri()).isEqualTo("/cgi-bin/stable_token");
        assertThat(sent.get(0).body()).contains("\"appid\":\"" + ChannelsSimulator.APP_ID + "\"")
                .contains("\"grant_type\":\"client_credential\"");
        assertThat(sent.get(1).uri()).isEqualTo("/channels/ec/finderlive/getfinderliverecordlist?access_token="
                + token.get("access_token").asText());
    }

    @Test
    void live_reservations_with_start_time_as_text() {
        JsonNode recorded = serve("ECFinderLiveGetFinderLiveNoticeRecordListResponse.json");
        JsonNode n = recorded.get("live_notice_list").get(0);
        assertThat(channels.liveNotices()).singleElement().isEqualTo(new ChannelsLiveNotice(n.get("notice_id").asText(),
                n.get("status").asInt(), n.get("status_wording").asText(),
                Instant.ofEpochSecond(Long.parseLong(n.get("start_time").asText())), n.get("description").asText(),
                n.get("nickname").asText()));
    }

    @Test
    void follower_count_becomes_todays_audience_snapshot() {
        JsonNode recorded = serve("ChannelsFinderLiveGetFinderAttributeByAppIdResponse.json");
        LocalDate today = LocalDate.ofInstant(NOW, ChannelsConnector.REPORTING_ZONE);
        AccountRef account = AccountRef.of(Platform.WECHAT_CHANNELS, ChannelsSimulator.APP_ID);

        List<AudienceMetrics> m = channels.audienceMetrics().audienceMetrics(account, DateRange.day(today));

        assertThat(m).singleElement().satisfies(s -> {
            assertThat(s.day()).isEqualTo(today);
            assertThat(s.count(AudienceMetric.FOLLOWERS_TOTAL)).hasValue(recorded.at("/finder_attr/fans_count").asLong());
            assertThat(s.count(AudienceMetric.NEW_FOLLOWERS)).isEmpty();
        });
        assertThat(replay.received().get(1).uri()).startsWith("/channels/finderlive/get_finder_attr_by_appid?access_token=");
    }

    @Test
    void lead_live_data_page_with_its_cursor() {
        JsonNode recorded = serve("ChannelsFinderLiveGetFinderLiveDataListResponse.json");
        Instant from = Instant.ofEpochSecond(1_694_000_000L);
        Instant to = Instant.ofEpochSecond(1_694_200_000L);

        Page<ChannelsLiveData> page = channels.liveDataPage(from, to, PageRequest.first(10));

        JsonNode i = recorded.get("item").get(0);
        assertThat(page.nextCursor()).isEqualTo(recorded.get("last_buffer").asText());
        assertThat(page.items()).singleElement().satisfies(d -> {
            assertThat(d.exportId()).isEqualTo(i.get("export_id").asText());
            assertThat(d.start()).isEqualTo(Instant.ofEpochSecond(i.get("live_start_time").asLong()));
            assertThat(d.duration()).isEqualTo(Duration.ofSeconds(i.get("live_duration_in_seconds").asLong()));
            assertThat(d.audience()).hasValue(i.get("total_audience_count").asLong());
            assertThat(d.cheers()).hasValue(i.get("total_cheer_count").asLong());
            assertThat(d.forwards()).hasValue(i.get("forward_count").asLong());
            assertThat(d.comments()).hasValue(i.get("total_comment_count").asLong());
            assertThat(d.avgWatchSeconds()).hasValue(i.get("audiences_avg_seconds").asLong());
            assertThat(d.maxOnline()).hasValue(i.get("max_online_count").asLong());
            assertThat(d.newFollowers()).hasValue(i.get("new_follow_count").asLong());
        });
        assertThat(replay.received().get(1).body()).contains("\"start_time\":1694000000").contains("\"end_time\":1694200000")
                .contains("\"last_buffer\":\"\"");

        replay.enqueue(200, SKIT + "ChannelsFinderLiveGetFinderLiveDataListResponse.json");
        channels.liveDataPage(from, to, new PageRequest(page.nextCursor(), 10));
        assertThat(replay.received().get(2).body()).contains("\"last_buffer\":\"" + recorded.get("last_buffer").asText() + "\"");
    }

    @Test
    void order_list_page_passes_the_window_and_returns_next_key() {
        JsonNode recorded = serve("ChannelsECOrderListGetResponse.json");
        LocalDate day = LocalDate.of(2022, 9, 1);

        Page<String> page = channels.orderIdPage(DateRange.of(day, day.plusDays(6)), PageRequest.first(100));

        assertThat(page.items()).containsExactly(recorded.get("order_id_list").get(0).asText(),
                recorded.get("order_id_list").get(1).asText());
        assertThat(page.nextCursor()).isEqualTo(recorded.get("next_key").asText());
        long start = day.atStartOfDay(ChannelsConnector.REPORTING_ZONE).toEpochSecond();
        assertThat(replay.received().get(1).body()).contains("\"create_time_range\":{\"start_time\":" + start
                + ",\"end_time\":" + (start + 7 * 86_400L - 1) + "}").contains("\"page_size\":100");
    }

    @Test
    void order_detail_amounts_in_fen_become_cny() {
        JsonNode recorded = serve("ChannelsECOrderGetResponse.json");
        JsonNode o = recorded.get("order");
        JsonNode price = o.at("/order_detail/price_info");
        JsonNode p = o.at("/order_detail/product_infos/0");

        ChannelsOrder order = channels.order(o.get("order_id").asText());

        assertThat(order.orderId()).isEqualTo(o.get("order_id").asText());
        assertThat(order.status()).isEqualTo(o.get("status").asInt());
        assertThat(order.created()).isEqualTo(Instant.ofEpochSecond(o.get("create_time").asLong()));
        assertThat(order.productPrice()).isEqualTo(fen(price.get("product_price")));
        assertThat(order.orderPrice()).isEqualTo(fen(price.get("order_price")));
        assertThat(order.orderPrice().amount()).isEqualByComparingTo("105.00");
        assertThat(order.freight()).contains(fen(price.get("freight")));
        assertThat(order.lines()).singleElement().isEqualTo(new ChannelsOrder.Line(p.get("product_id").asText(),
                p.get("sku_id").asText(), p.get("sku_cnt").asLong(), p.get("title").asText(), fen(p.get("sale_price"))));
        assertThat(order.finderId()).contains(o.at("/order_detail/ext_info/finder_id").asText());
        assertThat(order.liveId()).contains(o.at("/order_detail/ext_info/live_id").asText());
        assertThat(order.sharerOpenId()).contains(o.at("/order_detail/sharer_info/sharer_openid").asText());
        assertThat(replay.received().get(1).body()).isEqualTo("{\"order_id\":\"" + o.get("order_id").asText() + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ChannelsECOrderNewEvent", "ChannelsECOrderPayEvent", "ChannelsECOrderCancelEvent",
            "ChannelsECOrderDeliverEvent", "ChannelsECOrderConfirmEvent", "ChannelsECOrderSettleEvent",
            "ChannelsECOrderExtendedInfoUpdateEvent"})
    void recorded_order_pushes_decrypt_into_order_events_once(String name) {
        String plain = text(SKIT + name + ".json");
        JsonNode recorded = tree(SKIT + name + ".json");
        try (ChannelsSimulator signer = new ChannelsSimulator(clock)) {
            WebhookRequest push = signer.push(plain, NOW.getEpochSecond());

            WebhookResult first = channels.webhooks().handle(push);

            assertThat(first.response().body()).isEqualTo("success");
            assertThat(first.events()).singleElement().isInstanceOfSatisfying(WebhookEvent.OrderChanged.class, e -> {
                // the id is checked against the JSON token's text: 19 digits, whether sent as a number or a string
                assertThat(e.orderId()).isEqualTo(recorded.at("/order_info/order_id").asText()).hasSize(19);
                assertThat(e.type()).isEqualTo(recorded.get("Event").asText());
                assertThat(e.at()).isEqualTo(Instant.ofEpochSecond(recorded.get("CreateTime").asLong()));
                assertThat(e.platform()).isEqualTo(Platform.WECHAT_CHANNELS);
            });
            assertThat(channels.webhooks().handle(signer.push(plain, NOW.getEpochSecond())).events())
                    .as("WeChat's retry of the same push").isEmpty();
        }
    }

    @Test
    void official_url_check_example() {
        // developers.weixin.qq.com/doc/channels/dev_before/base/message_push.md: Token AAAAA
        ManualClock at = new ManualClock(Instant.ofEpochSecond(1_714_036_504L));
        try (ChannelsConnector c = ChannelsTestSupport.connector(replay.baseUrl(), at, Duration.ofSeconds(2), "AAAAA")) {
            WebhookResult r = c.webhooks().handle(new WebhookRequest("GET", Map.of(
                    "signature", "f464b24fc39322e44b38aa78f5edd27bd1441696", "echostr", "4375120948345356249",
                    "timestamp", "1714036504", "nonce", "1514711492"), Map.of(), new byte[0]));
            assertThat(r.response().body()).isEqualTo("4375120948345356249");
            assertThat(r.events()).isEmpty();
        }
    }
}
