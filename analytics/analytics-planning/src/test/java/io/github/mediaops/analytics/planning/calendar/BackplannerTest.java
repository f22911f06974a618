package io.github.mediaops.analytics.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackplannerTest {
    private static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    private final PlanEntry entry = PlanEntry.planned("e1", ZonedDateTime.of(2026, 10, 13, 20, 0, 0, 0, SH),
            AccountRef.of(Platform.DOUYIN, "acme"), "Autumn launch", "li", null);
    private final List<Stage> stages = List.of(Stage.of("draft", 3), Stage.builder().name("review").workingDays(1).owner("wang").build(),
            Stage.builder().name("approval").workingDays(1).owner("zhao").build());

    @Test
    void works_back_over_national_day_using_the_make_up_saturday() {
        List<ProductionTask> tasks = Backplanner.schedule(entry, stages, ChinaCalendar.standard());
        assertThat(tasks).containsExactly(
                new ProductionTask("e1", "draft", "li", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 9)),
                new ProductionTask("e1", "review", "wang", LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10)),
                new ProductionTask("e1", "approval", "zhao", LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 12)));
    }

    @Test
    void monday_to_friday_ignores_holidays() {
        List<ProductionTask> tasks = Backplanner.schedule(entry, stages, WorkingDays.MONDAY_TO_FRIDAY);
        assertThat(tasks.get(2).due()).isEqualTo("2026-10-12");
        assertThat(tasks.get(1).due()).isEqualTo("2026-10-09");
        assertThat(tasks.get(0).start()).isEqualTo("2026-10-06");
        assertThat(tasks.get(0).lateOn(LocalDate.of(2026, 10, 7))).isTrue();
        assertThat(tasks.get(0).lateOn(LocalDate.of(2026, 10, 6))).isFalse();
    }

    @Test
    void rejects_empty_stages_and_calendars_without_working_days() {
        assertThatThrownBy(() -> Backplanner.schedule(entry, List.of(), WorkingDays.EVERY_DAY))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Backplanner.schedule(entry, stages, d -> false))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no working day");
    }
}
