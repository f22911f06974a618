package io.github.mediaops.analytics.accumulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PostDayKpisTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void days_follow_the_accumulator_zone() {
        PostDayKpis p = PostDayKpis.zero(SHANGHAI);
        // 15:59:59Z is 23:59:59 in Shanghai on Nov 1; 16:00Z is already Nov 2
        p.add(EngagementEvent.user(1).post(7).at(EngagementType.VIEW, Instant.parse("2026-11-01T15:59:59Z").toEpochMilli()));
        p.add(EngagementEvent.user(1).post(7).at(EngagementType.VIEW, Instant.parse("2026-11-01T16:00:00Z").toEpochMilli()));
        assertThat(p.result()).extracting(PostDayKpis.Row::day)
                .containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
        assertThat(p.result().get(0).uniqueUsers()).isEmpty();
    }

    @Test
    void matches_an_exact_computation_on_random_unsorted_events() {
        SplittableRandom r = new SplittableRandom(42);
        long base = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
        PostDayKpis acc = PostDayKpis.withUniques(SHANGHAI, 12);
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Set<Long>> users = new HashMap<>();
        List<EngagementEvent> events = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            events.add(EngagementEvent.user(r.nextLong(3000)).post(r.nextLong(40)).at(EngagementType.VALUES[r.nextInt(6)], base + r.nextLong(10L * 86_400_000)));
        }
        for (EngagementEvent e : events) {
            acc.add(e);
            String key = e.postId() + "/" + Instant.ofEpochMilli(e.epochMillis()).atZone(SHANGHAI).toLocalDate();
            counts.computeIfAbsent(key, x -> new long[6])[e.type().ordinal()]++;
            users.computeIfAbsent(key, x -> new HashSet<>()).add(e.userId());
        }
        List<PostDayKpis.Row> rows = acc.result();
        assertThat(rows).hasSize(counts.size());
        for (PostDayKpis.Row row : rows) {
            String key = row.postId() + "/" + row.day();
            for (EngagementType t : EngagementType.values()) {
                assertThat(row.count(t)).isEqualTo(counts.get(key)[t.ordinal()]);
            }
            UniqueEstimate u = row.uniqueUsers().orElseThrow();
            int exact = users.get(key).size();
            assertThat(Math.abs(u.estimate() - exact)).as("%s vs %d", u, exact).isLessThanOrEqualTo(exact * 0.05 + 1);
        }
        PostDayKpis.Row first = rows.get(0);
        double expected = (double) (first.count(EngagementType.LIKE) + first.count(EngagementType.COMMENT)
                + first.count(EngagementType.SHARE) + first.count(EngagementType.SAVE)) / first.count(EngagementType.VIEW);
        assertThat(first.engagementRate()).hasValue(expected);
        assertThat(PostDayKpis.fromBytes(acc.toBytes()).result()).isEqualTo(rows);
    }

    @Test
    void days_stay_right_across_a_daylight_saving_change() {
        ZoneId ny = ZoneId.of("America/New_York");
        PostDayKpis p = PostDayKpis.zero(ny);
        Map<LocalDate, Long> expected = new java.util.TreeMap<>();
        long start = Instant.parse("2026-10-30T00:00:00Z").toEpochMilli(); // DST ends 2026-11-01
        for (long ms = start; ms < start + 5L * 86_400_000; ms += 1_800_000) {
            p.add(1, 9, EngagementType.VIEW, ms);
            expected.merge(Instant.ofEpochMilli(ms).atZone(ny).toLocalDate(), 1L, Long::sum);
        }
        Map<LocalDate, Long> got = new java.util.TreeMap<>();
        p.result().forEach(r -> got.put(r.day(), r.count(EngagementType.VIEW)));
        assertThat(got).isEqualTo(expected);
        assertThat(got.get(LocalDate.of(2026, 11, 1))).isEqualTo(50); // a 25-hour day
    }

    @Test
    void refuses_to_merge_different_zones() {
        PostDayKpis a = PostDayKpis.zero(SHANGHAI);
        PostDayKpis b = PostDayKpis.zero(ZoneId.of("UTC"));
        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(InvalidValueException.class).hasMessageContaining("UTC");
    }

    @Test
    void engagement_rate_without_views_is_absent() {
        PostDayKpis p = PostDayKpis.zero(SHANGHAI).add(1, 1, EngagementType.LIKE, 0);
        assertThat(p.result().get(0).engagementRate()).isEmpty();
    }
}
