package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.metrics.AudienceMetric;
import io.github.mediaops.core.metrics.AudienceMetrics;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Coverage;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LifetimeCountsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-11-19 23:30 UTC is already 2026-11-20 07:30 in Shanghai. */
    private static final Instant LATE_UTC = Instant.parse("2026-11-19T23:30:00Z");
    private static final Clock CLOCK = Clock.fixed(LATE_UTC, ZoneOffset.UTC);

    @Test
    void today_within_counts_the_day_in_the_platform_zone_not_the_clock_zone() {
        LocalDate shanghaiToday = LocalDate.of(2026, 11, 20);
        assertThat(DateSpans.todayWithin(DateRange.of(shanghaiToday, shanghaiToday), CLOCK, SHANGHAI))
                .contains(shanghaiToday);
        assertThat(DateSpans.todayWithin(DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 19)), CLOCK,
                SHANGHAI)).isEmpty();
        assertThat(DateSpans.todayWithin(DateRange.of(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 19)), CLOCK,
                ZoneOffset.UTC)).contains(LocalDate.of(2026, 11, 19));
        assertThat(DateSpans.todayWithin(DateRange.of(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 30)), CLOCK,
                SHANGHAI)).isEmpty();
    }

    @Test
    void today_within_refuses_a_missing_range_naming_it() {
        assertThatThrownBy(() -> DateSpans.todayWithin(null, CLOCK, SHANGHAI))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("days");
    }

    @Test
    void content_snapshot_keeps_reported_counts_and_leaves_missing_ones_absent() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        ContentMetrics m = LifetimeCounts.content(Platform.KUAISHOU, "openapi/photo/list", "p1", day, SHANGHAI, LATE_UTC)
                .count(Metric.VIEWS, "view_count", 1200)
                .count(Metric.LIKES, "like_count", "35")
                .count(Metric.COMMENTS, "comment_count", null)
                .count(Metric.SHARES, "share_count", "")
                .metrics();
        assertThat(m.coverage()).isEqualTo(Coverage.LIFETIME);
        assertThat(m.platform()).isEqualTo(Platform.KUAISHOU);
        assertThat(m.postId()).isEqualTo("p1");
        assertThat(m.day()).isEqualTo(day);
        assertThat(m.zone()).isEqualTo(SHANGHAI);
        assertThat(m.asOf()).isEqualTo(LATE_UTC);
        assertThat(m.values()).isEqualTo(Map.of(Metric.VIEWS, 1200.0, Metric.LIKES, 35.0));
    }

    @Test
    void a_negative_count_is_refused_naming_operation_field_and_value_even_without_a_metric() {
        LifetimeCounts c = LifetimeCounts.content(Platform.BILIBILI, "arcopen/fn/data/arc/stat", "BV1", LocalDate.of(2026,
                11, 20), SHANGHAI, LATE_UTC);
        assertThatThrownBy(() -> c.count(Metric.VIEWS, "data.view", -3))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("data.view")
                .hasMessageContaining("-3");
        assertThatThrownBy(() -> c.check("data.coin", "-1"))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("data.coin");
        assertThat(c.check("data.coin", 7)).isEqualTo(7L);
        assertThat(c.metrics().values()).isEmpty();
    }

    @Test
    void followers_is_one_snapshot_or_nothing_and_reads_the_time_only_when_there_is_a_count() {
        AccountRef account = AccountRef.of(Platform.WEIBO, "u1");
        LocalDate day = LocalDate.of(2026, 11, 20);
        AtomicInteger asked = new AtomicInteger();
        assertThat(LifetimeCounts.followers(account, day, SHANGHAI, () -> {
            asked.incrementAndGet();
            return LATE_UTC;
        }, null)).isEmpty();
        assertThat(asked).hasValue(0);
        List<AudienceMetrics> one = LifetimeCounts.followers(account, day, SHANGHAI, () -> LATE_UTC, 4821L);
        assertThat(one).singleElement().satisfies(a -> {
            assertThat(a.account()).isEqualTo(account);
            assertThat(a.day()).isEqualTo(day);
            assertThat(a.asOf()).isEqualTo(LATE_UTC);
            assertThat(a.values()).isEqualTo(Map.of(AudienceMetric.FOLLOWERS_TOTAL, 4821L));
        });
    }
}
