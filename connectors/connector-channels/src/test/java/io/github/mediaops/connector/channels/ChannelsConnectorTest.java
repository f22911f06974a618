package io.github.mediaops.connector.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.connector.channels.simulator.ChannelsSimulator;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.PageRequest;
import io.github.mediaops.core.connector.UnsupportedCapabilityException;
import io.github.mediaops.core.connector.WebhookEvent;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connector on its simulator: windows and pages, amounts in fen, the calendar, refusals. */
class ChannelsConnectorTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-10T04:00:00Z"));
    private final ChannelsSimulator sim = new ChannelsSimulator(clock);
    private final ChannelsConnector channels = ChannelsTestSupport.connector(sim.baseUrl(), clock);
    private final LocalDate today = LocalDate.of(2026, 3, 10);

    @AfterEach
    void close() {
        channels.close();
        sim.close();
    }

    @Test
    void order_ids_cut_a_long_range_into_seven_day_windows() {
        int before = sim.apiRequests();
        List<String> ids = channels.orderIds(DateRange.of(today.minusDays(9), today));
        assertThat(ids).hasSize(2); // the two seeded orders, 3 days and 1 day ago
        assertThat(sim.apiRequests() - before).as("10 days = a 7-day and a 3-day window, one page each").isEqualTo(2);
    }

    @Test
    void order_id_pages_follow_next_key() {
        sim.placeOrder("跳绳", 1, 1500, 0);
        DateRange week = DateRange.of(today.minusDays(6), today);
        var first = channels.orderIdPage(week, PageRequest.first(2));
        assertThat(first.items()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        var second = channels.orderIdPage(week, first.next(2).orElseThrow());
        assertThat(second.items()).hasSize(1).doesNotContainAnyElementsOf(first.items());
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void order_amounts_are_fen_turned_into_cny() {
        WebhookRequest push = sim.placeOrder("哑铃", 3, 1999, 600);
        String id = ((WebhookEvent.OrderChanged) channels.webhooks().handle(push).events().get(0)).orderId();
        ChannelsOrder order = channels.order(id);
        // 3 × 19.99 = 59.97 goods, + 6.00 freight = 65.97 paid
        assertThat(order.productPrice().amount()).isEqualByComparingTo("59.97");
        assertThat(order.orderPrice().amount()).isEqualByComparingTo("65.97");
        assertThat(order.freight().orElseThrow().amount()).isEqualByComparingTo("6.00");
        assertThat(order.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(3);
            assertThat(l.unitPrice().amount()).isEqualByComparingTo("19.99");
            assertThat(l.unitPrice().currency().getCurrencyCode()).isEqualTo("CNY");
        });
        assertThat(channels.orders(DateRange.day(today))).extracting(ChannelsOrder::orderId).containsExactly(id);
    }

    @Test
    void live_data_reads_every_page() {
        Instant from = clock.instant().minus(Duration.ofDays(5));
        List<ChannelsLiveData> all = channels.liveData(from, clock.instant());
        assertThat(all).extracting(ChannelsLiveData::exportId)
                .containsExactly("export/sim-live-1", "export/sim-live-2", "export/sim-live-3");
        assertThat(all.get(2).audience()).hasValue(3000);
    }

    @Test
    void live_calendar_and_records() {
        assertThat(channels.liveNotices()).singleElement().satisfies(n ->
                assertThat(n.start()).isEqualTo(clock.instant().plus(Duration.ofDays(2))));
        assertThat(channels.liveRecords()).hasSize(3);
    }

    @Test
    void follower_count_only_for_a_range_with_today() {
        sim.setFans(40_321);
        AccountRef me = channels.account();
        assertThat(channels.audienceMetrics().audienceMetrics(me, DateRange.day(today))).singleElement()
                .satisfies(m -> assertThat(m.values()).containsEntry(io.github.mediaops.core.metrics.AudienceMetric.FOLLOWERS_TOTAL, 40_321L));
        assertThatThrownBy(() -> channels.audienceMetrics().audienceMetrics(me, DateRange.day(today.minusDays(3))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("today");
        assertThatThrownBy(() -> channels.audienceMetrics().audienceMetrics(AccountRef.of(Platform.WECHAT_CHANNELS, "other"),
                DateRange.day(today))).isInstanceOf(InvalidValueException.class).hasMessageContaining("account");
    }

    @Test
    void bad_input_fails_fast_naming_the_field() {
        assertThatThrownBy(() -> channels.orderIdPage(DateRange.of(today.minusDays(7), today), PageRequest.first(10)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("7 days");
        assertThatThrownBy(() -> channels.orderIdPage(DateRange.day(today), PageRequest.first(101)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("page_size");
        assertThatThrownBy(() -> channels.order("12ab")).isInstanceOf(InvalidValueException.class).hasMessageContaining("12ab");
        assertThatThrownBy(() -> channels.liveData(clock.instant(), clock.instant()))
                .isInstanceOf(InvalidValueException.class);
        assertThat(sim.apiRequests()).isZero();
    }

    @Test
    void pushes_without_safe_mode_or_with_a_forged_signature_are_refused() {
        WebhookRequest good = sim.placeOrder("杠铃", 1, 100, 0);
        Map<String, String> plainQuery = new HashMap<>(good.query());
        plainQuery.remove("encrypt_type");
        assertThatThrownBy(() -> channels.webhooks().handle(new WebhookRequest("POST", plainQuery, good.headers(), good.body())))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("safe mode");
        Map<String, String> forged = new HashMap<>(good.query());
        forged.put("msg_signature", "0".repeat(40));
        assertThatThrownBy(() -> channels.webhooks().handle(new WebhookRequest("POST", forged, good.headers(), good.body())))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("msg_signature");
        String tampered = new String(good.body(), StandardCharsets.UTF_8).replace("\"Encrypt\":\"", "\"Encrypt\":\"A");
        assertThatThrownBy(() -> channels.webhooks().handle(new WebhookRequest("POST", good.query(), good.headers(),
                tampered.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(AuthenticationException.class);
        assertThat(channels.webhooks().handle(good).events()).hasSize(1);
    }

    @Test
    void no_publishing_and_no_webhooks_without_push_secrets() {
        ChannelsConnector bare = ChannelsConnector.builder(ConnectorConfig.builder().baseUrl(sim.baseUrl()).clock(clock)
                .credentials(Credentials.builder().identifier("appId", ChannelsSimulator.APP_ID)
                        .secret("appSecret", ChannelsSimulator.APP_SECRET).build()).build()).build();
        try (bare) {
            assertThat(bare.capabilities()).containsExactly(Capability.AUDIENCE_METRICS);
            assertThatThrownBy(bare::publishing).isInstanceOf(UnsupportedCapabilityException.class);
            assertThatThrownBy(bare::webhooks).isInstanceOf(UnsupportedCapabilityException.class)
                    .hasMessageContaining("encodingAesKey");
            assertThat(bare.toString()).doesNotContain(ChannelsSimulator.APP_SECRET);
        }
    }
}
