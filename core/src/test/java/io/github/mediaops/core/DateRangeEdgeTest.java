package io.github.mediaops.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 14: a range ending on the last representable day works like any other. */
class DateRangeEdgeTest {
    private final DateRange last = DateRange.of(LocalDate.MAX.minusDays(9), LocalDate.MAX);

    @Test
    void dates_include_local_date_max() {
        assertThat(last.dates()).hasSize(10).startsWith(LocalDate.MAX.minusDays(9)).endsWith(LocalDate.MAX);
        assertThat(DateRange.day(LocalDate.MAX).dates()).containsExactly(LocalDate.MAX);
    }

    @Test
    void chunks_reach_local_date_max() {
        assertThat(last.chunks(7)).containsExactly(
                DateRange.of(LocalDate.MAX.minusDays(9), LocalDate.MAX.minusDays(3)),
                DateRange.of(LocalDate.MAX.minusDays(2), LocalDate.MAX));
        assertThat(last.chunks(30)).containsExactly(last);
        assertThat(last.chunks(Integer.MAX_VALUE)).containsExactly(last);
    }
}
