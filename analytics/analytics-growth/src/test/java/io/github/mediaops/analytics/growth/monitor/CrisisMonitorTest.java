package io.github.mediaops.analytics.growth.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Notification;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrisisMonitorTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant MONDAY = Instant.parse("2026-01-04T16:00:00Z"); // Monday 00:00 in Shanghai

    /** Four flat weeks: 100 comments and 5 negative every hour. */
    static HourOfWeekBaseline flatBaseline() {
        List<HourlyCount> h = new ArrayList<>();
        for (int i = 0; i < 168 * 4; i++) {
            h.add(new HourlyCount(MONDAY.plus(Duration.ofHours(i)), 100, i % 2 == 0 ? 4 : 6));
        }
        return HourOfWeekBaseline.learn(h, SHANGHAI, 2);
    }

    static List<HourlyCount> stream(int hours, int spikeFrom, int spikeTo, long spikeNegative) {
        List<HourlyCount> s = new ArrayList<>();
        Instant start = MONDAY.plus(Duration.ofDays(28));
        for (int i = 0; i < hours; i++) {
            long neg = i >= spikeFrom && i < spikeTo ? spikeNegative : 5;
            s.add(new HourlyCount(start.plus(Duration.ofHours(i)), 100, neg));
        }
        return s;
    }

    @Test
    void baseline_uses_the_hour_of_week_in_the_given_zone() {
        // Monday 09:00 Shanghai is busy (200 comments, 20 negative); every other hour 100 and 5
        List<HourlyCount> h = new ArrayList<>();
        for (int i = 0; i < 168 * 3; i++) {
            boolean busy = i % 168 == 9;
            h.add(new HourlyCount(MONDAY.plus(Duration.ofHours(i)), busy ? 200 : 100, busy ? 20 : 5));
        }
        HourOfWeekBaseline b = HourOfWeekBaseline.learn(h, SHANGHAI, 2);
        Instant nine = MONDAY.plus(Duration.ofHours(9));
        assertThat(b.slot(MONDAY)).isZero();
        assertThat(b.slot(nine)).isEqualTo(9);
        assertThat(b.samples(nine)).isEqualTo(3);
        // share pooled with 08:00 and 10:00 (weights 1:2:1): (5 + 2*20 + 5) / (100 + 2*200 + 100)
        assertThat(b.share(nine)).isCloseTo(50.0 / 600, within(1e-12));
        assertThat(b.expectedNegative(nine)).isCloseTo(200 * 50.0 / 600, within(1e-12));
        assertThat(b.expectedNegative(MONDAY.plus(Duration.ofHours(30)))).isCloseTo(5, within(1e-12));
        // the same instant is another slot in another zone
        HourOfWeekBaseline utc = HourOfWeekBaseline.learn(h, ZoneId.of("UTC"), 2);
        assertThat(utc.slot(nine)).isEqualTo(1); // Monday 01:00 UTC
    }

    @Test
    void quiet_stream_raises_no_alert() {
        CrisisMonitor m = new CrisisMonitor("brand-x", flatBaseline(), MonitorConfig.defaults());
        CrisisMonitor.Report r = m.evaluate(stream(48, -1, -1, 0));
        assertThat(r.alerts()).isEmpty();
        assertThat(r.assessments()).hasSize(48).allMatch(a -> a.level() == AlertLevel.NONE);
    }

    @Test
    void large_spike_is_critical_at_once_and_a_persisting_one_escalates_without_repeating() {
        CrisisMonitor m = new CrisisMonitor("brand-x", flatBaseline(), MonitorConfig.defaults());
        CrisisMonitor.Report r = m.evaluate(stream(30, 10, 16, 40));
        assertThat(r.alerts()).isNotEmpty();
        Alert first = r.alerts().get(0);
        assertThat(first.assessment().count().start()).isEqualTo(MONDAY.plus(Duration.ofDays(28)).plus(Duration.ofHours(10)));
        assertThat(first.level()).isEqualTo(AlertLevel.CRITICAL);
        assertThat(first.assessment().signals()).contains(Signal.VOLUME_TEST, Signal.SHARE_TEST, Signal.VOLUME_MULTIPLE);
        // cool-down: the six spike hours produce one CRITICAL alert, not six
        assertThat(r.alerts().stream().filter(a -> a.level() == AlertLevel.CRITICAL)).hasSize(1);
    }

    @Test
    void moderate_persisting_rise_escalates_after_the_configured_run() {
        MonitorConfig cfg = MonitorConfig.builder().escalateAfter(2).alertFrom(AlertLevel.WATCH)
                .cooldown(Duration.ofHours(12)).build();
        CrisisMonitor m = new CrisisMonitor("brand-x", flatBaseline(), cfg);
        // 9 negatives of 100 against a normal 4-6: not significant in any single hour, but persistent
        CrisisMonitor.Report r = m.evaluate(stream(20, 5, 15, 9));
        List<AlertLevel> levels = r.alerts().stream().map(Alert::level).toList();
        assertThat(levels).isSortedAccordingTo(Enum::compareTo);
        assertThat(levels).contains(AlertLevel.CRITICAL);
        assertThat(r.alerts().stream().anyMatch(Alert::escalated)).isTrue();
        // first EWMA and CUSUM agree (WARNING); five hours later the persisting rise escalates
        assertThat(r.alerts()).hasSize(2);
        assertThat(r.alerts().get(0).level()).isEqualTo(AlertLevel.WARNING);
        assertThat(r.alerts().get(0).escalated()).isFalse();
        assertThat(r.alerts().get(0).assessment().signals()).containsExactlyInAnyOrder(Signal.EWMA, Signal.CUSUM);
        assertThat(r.alerts().get(1).level()).isEqualTo(AlertLevel.CRITICAL);
        assertThat(r.alerts().get(1).escalated()).isTrue();
        // WATCH and WARNING buckets in between did not repeat the alert (cool-down)
        assertThat(r.assessments().subList(10, 14)).allMatch(a -> a.level() != AlertLevel.NONE);
    }

    @Test
    void watch_level_is_assessed_but_not_alerted_by_default() {
        CrisisMonitor m = new CrisisMonitor("brand-x", flatBaseline(), MonitorConfig.defaults());
        CrisisMonitor.Report r = m.evaluate(stream(8, 5, 6, 9));
        assertThat(r.assessments().get(5).level()).isEqualTo(AlertLevel.NONE);
        assertThat(r.alerts()).isEmpty();
    }

    @Test
    void alert_converts_to_an_idempotent_notification() {
        CrisisMonitor m = new CrisisMonitor("brand-x", flatBaseline(), MonitorConfig.defaults());
        Alert a = m.evaluate(stream(20, 10, 12, 40)).alerts().get(0);
        Notification n = a.toNotification("feishu-crisis-bot");
        assertThat(n.destination()).isEqualTo("feishu-crisis-bot");
        assertThat(n.title()).contains("CRITICAL").contains("brand-x");
        assertThat(n.body()).contains("negative: 40 of 100");
        assertThat(n.idempotencyKey()).isEqualTo("brand-x:CRITICAL:" + a.assessment().count().start());
        assertThat(a.summary()).contains("40 negative of 100 comments (40.0%)");
    }

    @Test
    void empty_stream_gives_an_empty_report() {
        CrisisMonitor m = new CrisisMonitor("brand-x", flatBaseline(), MonitorConfig.defaults());
        CrisisMonitor.Report r = m.evaluate(List.of());
        assertThat(r.assessments()).isEmpty();
        assertThat(r.alerts()).isEmpty();
    }

    @Test
    void rejects_out_of_order_buckets_empty_history_and_impossible_counts() {
        CrisisMonitor m = new CrisisMonitor("brand-x", flatBaseline(), MonitorConfig.defaults());
        List<HourlyCount> s = stream(3, -1, -1, 0);
        List<HourlyCount> reversed = List.of(s.get(1), s.get(0));
        assertThatThrownBy(() -> m.evaluate(reversed)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> HourOfWeekBaseline.learn(List.of(), SHANGHAI, 2))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("history must not be empty");
        assertThatThrownBy(() -> new HourlyCount(MONDAY, 3, 5)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must not exceed total");
        assertThatThrownBy(() -> MonitorConfig.builder().testAlpha(0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void below_minimum_negative_count_nothing_fires() {
        // at night the baseline is tiny; 4 negatives out of 4 comments is not a crisis
        List<HourlyCount> h = new ArrayList<>();
        for (int i = 0; i < 168 * 3; i++) {
            h.add(new HourlyCount(MONDAY.plus(Duration.ofHours(i)), 2, 0));
        }
        HourOfWeekBaseline b = HourOfWeekBaseline.learn(h, SHANGHAI, 2);
        CrisisMonitor m = new CrisisMonitor("brand-x", b, MonitorConfig.defaults());
        CrisisMonitor.Report r = m.evaluate(List.of(new HourlyCount(MONDAY.plus(Duration.ofDays(21)), 4, 4)));
        assertThat(r.alerts()).isEmpty();
    }
}
