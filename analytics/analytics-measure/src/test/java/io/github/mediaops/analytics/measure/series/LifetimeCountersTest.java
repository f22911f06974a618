package io.github.mediaops.analytics.measure.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are worked by hand from the rule in the Javadoc (uniform activity between readings). */
class LifetimeCountersTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LifetimeCounters CONVERTER = LifetimeCounters.in(SHANGHAI);

    private static ContentMetrics reading(String post, String at, long views, Long likes) {
        Instant asOf = Instant.parse(at);
        ContentMetrics m = ContentMetrics.lifetime(Platform.KUAISHOU, post, LocalDate.ofInstant(asOf, SHANGHAI), SHANGHAI, asOf)
                .with(Metric.VIEWS, views).with(Metric.COMPLETION_RATE, 0.4);
        return likes == null ? m : m.with(Metric.LIKES, likes);
    }

    @Test
    void two_weekly_readings_become_seven_uniform_days() {
        // Monday 00:00 to Monday 00:00 in Shanghai: 700 views in 7 days, 100 a day
        List<ContentMetrics> days = CONVERTER.daily(List.of(
                reading("p1", "2026-11-29T16:00:00Z", 900, 40L),
                reading("p1", "2026-11-22T16:00:00Z", 200, 5L)));
        assertThat(days).hasSize(7).allSatisfy(d -> {
            assertThat(d.coverage()).isEqualTo(Coverage.DAY);
            assertThat(d.count(Metric.VIEWS)).hasValue(100);
            assertThat(d.count(Metric.LIKES)).hasValue(5);
            assertThat(d.has(Metric.COMPLETION_RATE)).as("a rate cannot be differenced").isFalse();
            assertThat(d.asOf()).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
        });
        assertThat(days.get(0).day()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(days.get(6).day()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void rounding_is_of_the_running_total_so_days_add_up_exactly() {
        // 10 views over 7 days: running totals 10k/7 = 1.43, 2.86, 4.29, 5.71, 7.14, 8.57, 10
        // rounded 1, 3, 4, 6, 7, 9, 10 -> days 1, 2, 1, 2, 1, 2, 1
        List<ContentMetrics> days = CONVERTER.daily(List.of(
                reading("p1", "2026-11-22T16:00:00Z", 0, null),
                reading("p1", "2026-11-29T16:00:00Z", 10, null)));
        assertThat(days).extracting(d -> d.count(Metric.VIEWS).getAsLong()).containsExactly(1L, 2L, 1L, 2L, 1L, 2L, 1L);
        assertThat(days).allSatisfy(d -> assertThat(d.has(Metric.LIKES)).isFalse());
    }

    @Test
    void a_post_published_mid_week_counts_from_its_zero_reading_and_partial_days_are_not_produced() {
        // published Wednesday 12:00 with 0; Friday 00:00 reading 300 -> 36 h at 200 a day:
        // Wednesday's second half is partial (not produced), Thursday 200
        List<ContentMetrics> days = CONVERTER.daily(List.of(
                reading("new", "2026-11-25T04:00:00Z", 0, null),
                reading("new", "2026-11-26T16:00:00Z", 300, null),
                reading("old", "2026-11-25T16:00:00Z", 50, null)));
        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.postId()).isEqualTo("new");
            assertThat(d.day()).isEqualTo(LocalDate.of(2026, 11, 26));
            assertThat(d.count(Metric.VIEWS)).hasValue(200);
        });
    }

    @Test
    void a_daily_snapshot_is_refused_naming_the_coverage() {
        ContentMetrics daily = ContentMetrics.daily(Platform.KUAISHOU, "p1", LocalDate.of(2026, 11, 23), SHANGHAI,
                Instant.parse("2026-11-24T00:00:00Z")).with(Metric.VIEWS, 3);
        assertThatThrownBy(() -> CONVERTER.daily(List.of(daily)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("p1").hasMessageContaining("DAY");
    }
}
