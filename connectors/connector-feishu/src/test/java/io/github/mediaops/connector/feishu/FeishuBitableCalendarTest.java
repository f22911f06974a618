package io.github.mediaops.connector.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mediaops.connector.feishu.simulator.FeishuOpenSimulator;
import io.github.mediaops.connector.tck.Fault;
import io.github.mediaops.connector.tck.KitResilience;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.Credentials;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.plan.EntryStatus;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Tenant tokens through the TokenStore and a content calendar in a Bitable table, on the simulator. */
class FeishuBitableCalendarTest {
    private static final ZonedDateTime SLOT = ZonedDateTime.of(2026, 12, 8, 20, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    private static final PlanEntry ENTRY = PlanEntry.planned("plan-2026w50-1", SLOT,
            AccountRef.of(Platform.XIAOHONGSHU, "xhs-brand"), "冬季护肤 5 步", "lin", "winter");

    private static FeishuConnector connector(FeishuOpenSimulator sim, String secret, Clock clock) {
        return FeishuConnector.builder(ConnectorConfig.builder()
                        .credentials(Credentials.builder().identifier("appId", FeishuOpenSimulator.APP_ID)
                                .secret("appSecret", secret).build())
                        .baseUrl(sim.baseUrl()).clock(clock).build())
                .resilience(KitResilience.fastRetries())
                .build();
    }

    @Test
    void creates_updates_and_syncs_the_stage_back_with_one_tenant_token() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-06T02:00:00Z"));
        try (FeishuOpenSimulator sim = new FeishuOpenSimulator(clock);
             FeishuConnector c = connector(sim, FeishuOpenSimulator.APP_SECRET, clock)) {
            assertThat(c.capabilities()).doesNotContain(Capability.NOTIFICATIONS);
            BitableCalendar cal = c.calendar(FeishuOpenSimulator.APP_TOKEN, FeishuOpenSimulator.TABLE_ID);

            BitableCalendar.EntryRecord rec = cal.create(ENTRY, "cal-" + ENTRY.id());
            assertThat(rec.status()).isEqualTo(EntryStatus.PLANNED);
            assertThat(rec.entryId()).isEqualTo(ENTRY.id());
            JsonNode row = sim.records().get(rec.recordId());
            assertThat(row.path("标题").asText()).isEqualTo("冬季护肤 5 步");
            assertThat(row.path("发布时间").asLong()).isEqualTo(SLOT.toInstant().toEpochMilli());
            assertThat(row.path("平台").asText()).isEqualTo("Xiaohongshu");
            assertThat(row.path("状态").asText()).isEqualTo("待开始");

            BitableCalendar.EntryRecord updated = cal.update(rec.recordId(), ENTRY.withStatus(EntryStatus.IN_PRODUCTION));
            assertThat(updated.status()).isEqualTo(EntryStatus.IN_PRODUCTION);
            assertThat(sim.records().get(rec.recordId()).path("状态").asText()).isEqualTo("制作中");

            sim.edit(rec.recordId(), "状态", "已发布"); // a teammate moves it in Feishu
            PlanEntry synced = cal.syncStatus(ENTRY.withStatus(EntryStatus.IN_PRODUCTION), rec.recordId());
            assertThat(synced.status()).isEqualTo(EntryStatus.PUBLISHED);
            assertThat(synced.id()).isEqualTo(ENTRY.id());

            assertThat(sim.tokenRequests()).isEqualTo(1);
            assertThat(sim.apiRequests()).isEqualTo(3);
        }
    }

    @Test
    void the_same_key_creates_one_record() {
        try (FeishuOpenSimulator sim = new FeishuOpenSimulator();
             FeishuConnector c = connector(sim, FeishuOpenSimulator.APP_SECRET, Clock.systemUTC())) {
            BitableCalendar cal = c.calendar(FeishuOpenSimulator.APP_TOKEN, FeishuOpenSimulator.TABLE_ID);
            BitableCalendar.EntryRecord first = cal.create(ENTRY, "same-key");
            BitableCalendar.EntryRecord again = cal.create(ENTRY, "same-key");
            assertThat(again).isEqualTo(first);
            assertThat(sim.records()).hasSize(1);
            assertThat(sim.apiRequests()).isEqualTo(1);
            cal.create(ENTRY, "other-key");
            assertThat(sim.records()).hasSize(2);
        }
    }

    @Test
    void a_create_dropped_after_acceptance_is_ambiguous_and_feishus_client_token_prevents_a_second_record() {
        try (FeishuOpenSimulator sim = new FeishuOpenSimulator();
             FeishuConnector c = connector(sim, FeishuOpenSimulator.APP_SECRET, Clock.systemUTC())) {
            BitableCalendar cal = c.calendar(FeishuOpenSimulator.APP_TOKEN, FeishuOpenSimulator.TABLE_ID);
            sim.failNext(Fault.DROP_AFTER_ACCEPT, 1);
            ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> cal.create(ENTRY, "k-drop"));
            assertThat(e).isNotNull();
            assertThat(e.retryable()).isFalse();
            assertThat(sim.records()).hasSize(1);
            BitableCalendar.EntryRecord retried = cal.create(ENTRY, "k-drop"); // the host decides to send again
            assertThat(sim.records()).hasSize(1).containsKey(retried.recordId());
        }
    }

    @Test
    void refreshes_early_in_the_last_thirty_minutes_and_not_before() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-06T02:00:00Z"));
        try (FeishuOpenSimulator sim = new FeishuOpenSimulator(clock);
             FeishuConnector c = connector(sim, FeishuOpenSimulator.APP_SECRET, clock)) {
            BitableCalendar cal = c.calendar(FeishuOpenSimulator.APP_TOKEN, FeishuOpenSimulator.TABLE_ID);
            String id = cal.create(ENTRY, "k").recordId();
            clock.advance(Duration.ofMinutes(90)); // 30 minutes left: still more than the 25-minute margin
            cal.read(id);
            assertThat(sim.tokenRequests()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(6)); // 24 minutes left: inside the margin, Feishu issues a new one
            cal.read(id);
            assertThat(sim.tokenRequests()).isEqualTo(2);
            clock.advance(Duration.ofMinutes(60)); // the new token has an hour left
            cal.read(id);
            assertThat(sim.tokenRequests()).isEqualTo(2);
        }
    }

    @Test
    void a_revoked_token_99991663_is_refreshed_once_and_the_call_repeated() {
        try (FeishuOpenSimulator sim = new FeishuOpenSimulator();
             FeishuConnector c = connector(sim, FeishuOpenSimulator.APP_SECRET, Clock.systemUTC())) {
            BitableCalendar cal = c.calendar(FeishuOpenSimulator.APP_TOKEN, FeishuOpenSimulator.TABLE_ID);
            String id = cal.create(ENTRY, "k").recordId();
            sim.expireTokens();
            assertThat(cal.read(id).status()).isEqualTo(EntryStatus.PLANNED);
            assertThat(sim.tokenRequests()).isEqualTo(2);
        }
    }

    @Test
    void a_wrong_app_secret_is_10014_credentials_refused_and_the_secret_never_shows() {
        String wrong = "wrong-secret-7c1d";
        try (FeishuOpenSimulator sim = new FeishuOpenSimulator();
             FeishuConnector c = connector(sim, wrong, Clock.systemUTC())) {
            BitableCalendar cal = c.calendar(FeishuOpenSimulator.APP_TOKEN, FeishuOpenSimulator.TABLE_ID);
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> cal.create(ENTRY, "k"));
            assertThat(e.platformCode()).contains("10014");
            assertThat(e.retryable()).isFalse();
            assertThat(sim.tokenRequests()).isEqualTo(1);
            assertThat(sim.records()).isEmpty();
            assertThat(e.getMessage()).doesNotContain(wrong);
            assertThat(c.toString()).doesNotContain(wrong);
            assertThat(cal.toString()).doesNotContain(wrong);
        }
    }

    @Test
    void feishu_faults_in_code_msg_shape_are_typed() {
        try (FeishuOpenSimulator sim = new FeishuOpenSimulator();
             FeishuConnector c = connector(sim, FeishuOpenSimulator.APP_SECRET, Clock.systemUTC())) {
            BitableCalendar cal = c.calendar(FeishuOpenSimulator.APP_TOKEN, FeishuOpenSimulator.TABLE_ID);
            String id = cal.create(ENTRY, "k").recordId();
            sim.failNext(Fault.RATE_LIMITED, 1);
            sim.failNext(Fault.PLATFORM_BUSY, 1);
            assertThat(cal.read(id).recordId()).isEqualTo(id); // 99991400 then 1254607, both retried
            ConnectorException missing = catchThrowableOfType(ConnectorException.class, () -> cal.read("recNope"));
            assertThat(missing).isInstanceOf(io.github.mediaops.core.connector.NotFoundException.class);
            assertThat(missing.platformCode()).contains("1254043");
            BitableCalendar wrongTable = c.calendar(FeishuOpenSimulator.APP_TOKEN, "tblOther");
            assertThat(catchThrowableOfType(ConnectorException.class, () -> wrongTable.read(id)).platformCode()).contains("1254041");
        }
    }

    @Test
    void a_status_label_outside_the_stage_map_is_a_typed_error_naming_it() {
        try (FeishuOpenSimulator sim = new FeishuOpenSimulator();
             FeishuConnector c = connector(sim, FeishuOpenSimulator.APP_SECRET, Clock.systemUTC())) {
            BitableCalendar cal = c.calendar(FeishuOpenSimulator.APP_TOKEN, FeishuOpenSimulator.TABLE_ID);
            String id = cal.create(ENTRY, "k").recordId();
            sim.edit(id, "状态", "搁置");
            UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class, () -> cal.syncStatus(ENTRY, id));
            assertThat(e.getMessage()).contains("搁置").contains("状态");
        }
    }

    @Test
    void a_bot_only_connector_has_no_calendar_and_bad_layouts_are_refused() {
        try (FeishuOpenSimulator sim = new FeishuOpenSimulator();
             FeishuConnector bot = FeishuConnector.builder(ConnectorConfig.builder()
                     .credentials(Credentials.builder().identifier("bot", "team").secret("hookToken", "h").build())
                     .baseUrl(sim.baseUrl()).build()).build()) {
            InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                    () -> bot.calendar(FeishuOpenSimulator.APP_TOKEN, FeishuOpenSimulator.TABLE_ID));
            assertThat(e.field()).isEqualTo("credentials.appId");
        }
        java.util.Map<EntryStatus, String> labels = new java.util.EnumMap<>(BitableCalendarFields.defaults().labels());
        labels.put(EntryStatus.READY, "制作中");
        InvalidValueException dup = catchThrowableOfType(InvalidValueException.class,
                () -> new BitableCalendarFields("标题", "发布时间", "平台", "负责人", "条目ID", "状态", labels));
        assertThat(dup.field()).isEqualTo("labels");
    }
}
