package io.github.mediaops.analytics.measure.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.analytics.measure.kpi.Grain;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RetentionCohortsTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final RetentionCohorts WEEKLY = new RetentionCohorts(SHANGHAI, Grain.WEEK, 6);

    static List<Activity> goldenEvents() {
        List<Activity> out = new ArrayList<>();
        for (String[] r : Golden.rows("cohort_events.csv")) {
            out.add(new Activity(r[0], Instant.ofEpochSecond(Long.parseLong(r[1]))));
        }
        return out;
    }

    static void assertCurve(List<OptionalDouble> got, String expected) {
        String[] e = expected.split("\\|", -1);
        assertThat(got).hasSize(e.length);
        for (int i = 0; i < e.length; i++) {
            if (e[i].isEmpty()) {
                assertThat(got.get(i)).isEmpty();
            } else {
                assertThat(got.get(i).getAsDouble()).isCloseTo(Double.parseDouble(e[i]), within(1e-12));
            }
        }
    }

    @Test
    void weekly_first_purchase_cohorts_match_python_reference() {
        List<Activity> events = goldenEvents();
        CohortTable t = WEEKLY.apply(RetentionCohorts.firstEvents(events), events, LocalDate.of(2026, 11, 29));
        List<String[]> expected = Golden.rows("cohort.csv");
        List<String[]> rows = expected.stream().filter(r -> r[0].equals("row")).toList();
        assertThat(t.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CohortRow row = t.rows().get(i);
            assertThat(row.cohort().start()).isEqualTo(LocalDate.parse(rows.get(i)[1]));
            assertThat(row.size()).isEqualTo(Long.parseLong(rows.get(i)[2]));
            assertThat(row.active()).map(String::valueOf).containsExactly(rows.get(i)[3].split("\\|"));
        }
        assertCurve(t.curve(), expected.stream().filter(r -> r[0].equals("curve")).findFirst().orElseThrow()[1]);
        assertCurve(t.decline(), expected.stream().filter(r -> r[0].equals("decline")).findFirst().orElseThrow()[1]);
        assertThat(t.unmatched()).isZero();
    }

    @Test
    void empty_cohorts_have_size_zero_and_no_retention() {
        Instant join = Instant.parse("2026-11-03T02:00:00Z");
        CohortTable t = WEEKLY.apply(List.of(new CohortMember("u", join)), List.of(new Activity("u", join)),
                LocalDate.of(2026, 11, 29), DateRange.of(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 8)));
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).size()).isZero();
        assertThat(t.rows().get(0).retention()).allMatch(OptionalDouble::isEmpty);
        assertThat(t.rows().get(1).retention().get(0)).hasValue(1.0);
        assertThat(t.curve().get(0)).hasValue(1.0);
    }

    @Test
    void no_members_give_an_empty_table_not_zero_retention() {
        CohortTable t = WEEKLY.apply(List.of(), List.of(new Activity("x", Instant.EPOCH)), LocalDate.of(2026, 11, 29));
        assertThat(t.rows()).isEmpty();
        assertThat(t.curve()).allMatch(OptionalDouble::isEmpty);
        assertThat(t.unmatched()).isEqualTo(1);
    }

    @Test
    void unfinished_periods_are_not_reported() {
        Instant join = Instant.parse("2026-11-23T02:00:00Z"); // Monday in Shanghai
        CohortTable t = WEEKLY.apply(List.of(new CohortMember("u", join)), List.of(new Activity("u", join)),
                LocalDate.of(2026, 11, 28)); // Saturday: the joining week is not over
        assertThat(t.rows().get(0).active()).isEmpty();
    }

    @Test
    void activity_before_joining_is_ignored_and_counted() {
        Instant join = Instant.parse("2026-11-03T02:00:00Z");
        CohortTable t = WEEKLY.apply(List.of(new CohortMember("u", join)),
                List.of(new Activity("u", join.minusSeconds(60)), new Activity("u", join)), LocalDate.of(2026, 11, 29));
        assertThat(t.unmatched()).isEqualTo(1);
    }

    @Test
    void a_user_in_two_cohorts_is_rejected() {
        assertThatThrownBy(() -> WEEKLY.apply(List.of(new CohortMember("u", Instant.EPOCH), new CohortMember("u", Instant.EPOCH)),
                List.of(), LocalDate.of(2026, 11, 29))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("more than one cohort");
    }
}
