package io.github.mediaops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    @Test
    void rejects_end_before_start() {
        assertThatThrownBy(() -> DateRange.of(NOV_1, NOV_1.minusDays(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2026-10-31").hasMessageContaining("2026-11-01")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("end");
    }

    @Test
    void counts_both_ends() {
        assertThat(DateRange.day(NOV_1).days()).isEqualTo(1);
        assertThat(DateRange.monthOf(NOV_1).days()).isEqualTo(30);
        assertThat(DateRange.monthOf(LocalDate.of(2028, 2, 10)).days()).isEqualTo(29);
    }

    @Test
    void quarter_of_a_day() {
        assertThat(DateRange.quarterOf(NOV_1)).isEqualTo(DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(DateRange.quarterOf(LocalDate.of(2026, 3, 31)).start()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void chunks_cover_the_range_without_gaps_or_overlap() {
        DateRange month = DateRange.monthOf(NOV_1);
        var chunks = month.chunks(7);
        assertThat(chunks).hasSize(5);
        assertThat(chunks.get(0)).isEqualTo(DateRange.of(NOV_1, LocalDate.of(2026, 11, 7)));
        assertThat(chunks.get(4)).isEqualTo(DateRange.of(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30)));
        assertThat(chunks.stream().mapToLong(DateRange::days).sum()).isEqualTo(month.days());
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i).start()).isEqualTo(chunks.get(i - 1).end().plusDays(1));
        }
        assertThat(DateRange.day(NOV_1).chunks(1)).containsExactly(DateRange.day(NOV_1));
        assertThatThrownBy(() -> month.chunks(0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("maxDays");
    }

    @Test
    void containment_and_overlap() {
        DateRange week = DateRange.of(NOV_1, NOV_1.plusDays(6));
        assertThat(week.contains(NOV_1.plusDays(6))).isTrue();
        assertThat(week.contains(NOV_1.plusDays(7))).isFalse();
        assertThat(week.overlaps(DateRange.day(NOV_1.plusDays(6)))).isTrue();
        assertThat(week.overlaps(DateRange.day(NOV_1.minusDays(1)))).isFalse();
        assertThat(DateRange.monthOf(NOV_1).contains(week)).isTrue();
        assertThat(week.dates()).hasSize(7).startsWith(NOV_1);
    }

    @Test
    void round_trips_through_json() {
        Json.assertRoundTrip(DateRange.monthOf(NOV_1));
    }
}
