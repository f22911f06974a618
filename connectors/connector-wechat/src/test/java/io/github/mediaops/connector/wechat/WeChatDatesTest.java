package io.github.mediaops.connector.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.connector.UnexpectedResponseException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeChatDatesTest {
    @Test
    void datacube_dates_read_as_the_jdk_reads_iso_dates() {
        for (LocalDate d = LocalDate.of(1999, 12, 25); d.isBefore(LocalDate.of(2031, 1, 8)); d = d.plusDays(1)) {
            assertThat(WeChatDatacube.day(d.toString(), "ref_date", "datacube/getarticlesummary")).isEqualTo(d);
        }
    }

    @Test
    void a_date_that_is_not_a_calendar_day_or_not_iso_is_an_unexpected_answer_naming_the_field() {
        for (String bad : new String[] {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-19", "20261119",
                "2026/11/19", "2026-11-1x", "", "２０２６-11-19"}) {
            assertThatThrownBy(() -> WeChatDatacube.day(bad, "stat_date", "datacube/getarticletotal"))
                    .as(bad).isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("stat_date");
        }
        assertThatThrownBy(() -> WeChatDatacube.day(null, "ref_date", "datacube/getuserread"))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("ref_date");
    }
}
