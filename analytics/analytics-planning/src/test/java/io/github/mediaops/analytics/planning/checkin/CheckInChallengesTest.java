package io.github.mediaops.analytics.planning.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInChallengesTest {
    private static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    private static final Challenge WEEK = Challenge.builder().id("7day").start(LocalDate.of(2026, 12, 1)).days(7).zone(SH).requiredDays(5).requiredStreak(3).build();

    private static CheckIn on(String user, int day, int hour) {
        return new CheckIn(user, ZonedDateTime.of(2026, 12, day, hour, 0, 0, 0, SH).toInstant());
    }

    private static Clock at(int day) {
        return Clock.fixed(ZonedDateTime.of(2026, 12, day, 12, 0, 0, 0, SH).toInstant(), SH);
    }

    static List<CheckIn> history() {
        List<CheckIn> c = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            c.add(on("a", d, 8));
        }
        for (int d : new int[] {1, 2, 3, 5, 6}) {
            c.add(on("b", d, 21));
        }
        c.add(on("c", 1, 9));
        c.add(on("c", 2, 9));
        c.add(on("d", 1, 7));
        c.add(on("d", 1, 22));   // repeat on day 1
        c.add(on("d", 3, 7));
        c.add(new CheckIn("e", ZonedDateTime.of(2026, 11, 30, 23, 0, 0, 0, SH).toInstant()));   // before start: ignored
        c.add(on("e", 7, 23));
        c.add(on("a", 8, 8));    // after the end: ignored
        return c;
    }

    @Test
    void streaks_completion_and_rewards_after_the_challenge() {
        ChallengeReport r = CheckInChallenges.report(WEEK, history(), at(10));
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(r.participants()).isEqualTo(5);
        assertThat(r.ignored()).isEqualTo(2);
        assertThat(r.repeats()).isEqualTo(1);
        assertThat(r.completed()).isEqualTo(1);
        assertThat(r.rewardEligible()).isEqualTo(2);
        assertThat(r.results()).extracting(ParticipantResult::userId, ParticipantResult::daysCheckedIn,
                ParticipantResult::longestStreak, ParticipantResult::currentStreak, ParticipantResult::rewardEligible)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", 7, 7, 7, true),
                        org.assertj.core.groups.Tuple.tuple("b", 5, 3, 2, true),
                        org.assertj.core.groups.Tuple.tuple("c", 2, 2, 0, false),
                        org.assertj.core.groups.Tuple.tuple("d", 2, 1, 0, false),
                        org.assertj.core.groups.Tuple.tuple("e", 1, 1, 1, false));
    }

    @Test
    void completion_survival_and_drop_off_by_day() {
        ChallengeReport r = CheckInChallenges.report(WEEK, history(), at(10));
        assertThat(r.byDay()).extracting(DayStat::checkedIn).containsExactly(4, 3, 3, 1, 2, 2, 2);
        assertThat(r.byDay()).extracting(DayStat::stillActive).containsExactly(5, 5, 4, 3, 3, 3, 2);
        assertThat(r.byDay()).extracting(DayStat::droppedAfter).containsExactly(0, 1, 1, 0, 0, 0, 0);
        assertThat(r.byDay().get(0).completionRate()).isEqualTo(0.8);
    }

    @Test
    void mid_challenge_current_streak_survives_until_a_day_is_missed() {
        ChallengeReport r = CheckInChallenges.report(WEEK, history(), at(4));
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(r.byDay()).hasSize(4);
        ParticipantResult b = r.results().stream().filter(x -> x.userId().equals("b")).findFirst().orElseThrow();
        assertThat(b.currentStreak()).isEqualTo(3);   // checked in day 3, can still check in on day 4
        ParticipantResult c = r.results().stream().filter(x -> x.userId().equals("c")).findFirst().orElseThrow();
        assertThat(c.currentStreak()).isZero();
        assertThat(r.participants()).isEqualTo(4);    // e only joins on day 7
        assertThat(r.ignored()).isEqualTo(8);         // e's two, a's days 5..8, b's days 5 and 6: after as-of
    }

    @Test
    void days_are_local_to_the_challenge_zone_and_bad_input_is_rejected() {
        // 2026-11-30T16:30Z is 2026-12-01 00:30 in Shanghai: day 1
        ChallengeReport r = CheckInChallenges.report(WEEK,
                List.of(new CheckIn("z", java.time.Instant.parse("2026-11-30T16:30:00Z"))), at(2));
        assertThat(r.byDay().get(0).checkedIn()).isEqualTo(1);
        ChallengeReport empty = CheckInChallenges.report(WEEK, List.of(), at(2));
        assertThat(empty.participants()).isZero();
        assertThat(empty.byDay().get(0).completionRate()).isNaN();
        assertThatThrownBy(() -> CheckInChallenges.report(WEEK, List.of(),
                Clock.fixed(ZonedDateTime.of(2026, 11, 29, 0, 0, 0, 0, SH).toInstant(), SH)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("starts");
        assertThatThrownBy(() -> Challenge.builder().id("x").start(LocalDate.of(2026, 12, 1)).days(7).zone(SH).requiredDays(8).requiredStreak(0).build())
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Challenge.builder().id("x").start(LocalDate.of(2026, 12, 1)).days(7).zone(null).requiredDays(1).requiredStreak(0).build())
                .isInstanceOf(InvalidValueException.class);
    }
}
