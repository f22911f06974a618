package io.github.mediaops.analytics.membership.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.measure.cohort.Activity;
import io.github.mediaops.analytics.measure.cohort.CohortRow;
import io.github.mediaops.analytics.measure.cohort.CohortTable;
import io.github.mediaops.core.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Weekly retention of joiners and the content that brought members who stayed. ISO weeks in Shanghai:
 * A = 2026-11-02..08, B = 11-09..15, C = 11-16..22, D = 11-23..29; every event is at 12:00 Shanghai (04:00Z).
 *
 * <pre>
 * member  first join (source)   messages            week index after joining
 * u1      A 11-02 (post-a)      11-03, 11-10, 11-17  0, 1, 2      (u1 also joins via post-c on 11-20: ignored)
 * u2      A 11-03 (post-a)      11-04                0
 * u3      A 11-04 (post-b)      11-12                1
 * u4      B 11-10 (post-b)      11-17, 11-24         1, 2
 * u5      B 11-11 (none)        -
 * </pre>
 * Observed through 11-22 (end of C): cohort A sees weeks 0, 1, 2; cohort B sees weeks 0, 1.
 */
class CommunityRetentionTest {
    private static final CommunityRetention RETENTION = new CommunityRetention(ZoneId.of("Asia/Shanghai"), 3);
    private static final LocalDate OBSERVED = LocalDate.of(2026, 11, 22);
    private static final List<GroupJoin> JOINS = List.of(
            join("u1", "2026-11-02", "post-a"), join("u2", "2026-11-03", "post-a"), join("u3", "2026-11-04", "post-b"),
            join("u4", "2026-11-10", "post-b"), join("u5", "2026-11-11", null), join("u1", "2026-11-20", "post-c"));
    private static final List<Activity> MESSAGES = List.of(
            msg("u1", "2026-11-03"), msg("u1", "2026-11-10"), msg("u1", "2026-11-17"), msg("u2", "2026-11-04"),
            msg("u3", "2026-11-12"), msg("u4", "2026-11-17"), msg("u4", "2026-11-24"));

    private static GroupJoin join(String member, String day, String source) {
        return new GroupJoin(member, "fans-1", Instant.parse(day + "T04:00:00Z"), Optional.ofNullable(source));
    }

    private static Activity msg(String member, String day) {
        return new Activity(member, Instant.parse(day + "T04:00:00Z"));
    }

    @Test
    void retention_of_joiners_by_weekly_cohort() {
        CohortTable t = RETENTION.byWeeklyCohort(JOINS, MESSAGES, OBSERVED);
        assertThat(t.rows()).extracting(r -> r.cohort().start())
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9));
        CohortRow a = t.rows().get(0);
        CohortRow b = t.rows().get(1);
        assertThat(a.size()).isEqualTo(3);                       // u1, u2, u3
        assertThat(a.active()).containsExactly(2L, 2L, 1L);      // {u1,u2}, {u1,u3}, {u1}
        assertThat(b.size()).isEqualTo(2);                       // u4, u5
        assertThat(b.active()).containsExactly(0L, 1L);          // {}, {u4}; week 2 not yet observed
        // Pooled: week 0 (2 + 0) / (3 + 2) = 0.4; week 1 (2 + 1) / 5 = 0.6; week 2 only A: 1 / 3.
        assertThat(t.curve().get(0).getAsDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(t.curve().get(1).getAsDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(t.curve().get(2).getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void the_content_whose_joiners_stayed_comes_first() {
        // Week 1: post-b brought u3 and u4, both active in their week 1 -> 2 of 2; post-a: u1 of u1, u2 -> 1 of 2;
        // unattributed: u5 -> 0 of 1. post-c brought nobody new (u1 was already a member).
        assertThat(RETENTION.sourcesThatRetained(JOINS, MESSAGES, OBSERVED, 1)).containsExactly(
                new SourceRetention("post-b", 2, 2, 2, OptionalDouble.of(1.0)),
                new SourceRetention("post-a", 2, 2, 1, OptionalDouble.of(0.5)),
                new SourceRetention(CommunityRetention.UNATTRIBUTED, 1, 1, 0, OptionalDouble.of(0.0)));
        // Week 2: only cohort A is observed: post-a u1 of u1, u2 -> 1 of 2; post-b u3 -> 0 of 1 (u4 not observed yet);
        // unattributed: none observed.
        assertThat(RETENTION.sourcesThatRetained(JOINS, MESSAGES, OBSERVED, 2)).containsExactly(
                new SourceRetention("post-a", 2, 2, 1, OptionalDouble.of(0.5)),
                new SourceRetention("post-b", 2, 1, 0, OptionalDouble.of(0.0)),
                new SourceRetention(CommunityRetention.UNATTRIBUTED, 1, 0, 0, OptionalDouble.empty()));
    }

    @Test
    void rejects_a_week_outside_the_followed_range() {
        assertThatThrownBy(() -> RETENTION.sourcesThatRetained(JOINS, MESSAGES, OBSERVED, 3))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("week")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("week");
        assertThatThrownBy(() -> new CommunityRetention(ZoneId.of("UTC"), 0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("weeks");
        assertThatThrownBy(() -> new GroupJoin("u1", "g", Instant.EPOCH, Optional.of(" ")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("source");
    }
}
