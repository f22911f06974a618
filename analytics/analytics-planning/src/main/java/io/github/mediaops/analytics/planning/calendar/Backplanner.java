package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.plan.ContentPlan;
import io.github.mediaops.core.plan.EntryStatus;
import io.github.mediaops.core.plan.PlanEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Works production steps back from each entry's publish date: the last stage must be finished on the
 * last working day before the publish day, each earlier stage on the working day before the next one
 * starts. Only working days (per the {@link WorkingDays} given, e.g. {@link ChinaCalendar} with 调休)
 * are counted.
 *
 * <p>Example: publish Tue 2026-10-13 with stages draft 3, review 1, approval 1 on the China calendar
 * (National Day holiday 10-01..10-07, make-up working day Sat 10-10): approval 10-12, review Sat 10-10,
 * draft Wed 09-30, Thu 10-08 and Fri 10-09.
 */
public final class Backplanner {
    private static final int MAX_SEARCH_DAYS = 366;

    private Backplanner() {
    }

    /**
     * The tasks for one entry, in working order (first stage first).
     *
     * @param stages stages in working order; at least one
     * @throws InvalidValueException if no working day is found within a year before a step
     */
    public static List<ProductionTask> schedule(PlanEntry entry, List<Stage> stages, WorkingDays workingDays) {
        Checks.notNull(entry, "entry");
        List<Stage> list = Checks.listOf(stages, "stages");
        if (list.isEmpty()) {
            throw new InvalidValueException("stages", "at least one stage is needed");
        }
        Checks.notNull(workingDays, "workingDays");
        List<ProductionTask> out = new ArrayList<>();
        LocalDate boundary = entry.localTime().toLocalDate();
        for (int i = list.size() - 1; i >= 0; i--) {
            Stage s = list.get(i);
            LocalDate due = previousWorkingDay(boundary, workingDays);
            LocalDate start = due;
            for (int k = 1; k < s.workingDays(); k++) {
                start = previousWorkingDay(start, workingDays);
            }
            out.add(new ProductionTask(entry.id(), s.name(), s.ownerName().orElse(entry.owner()), start, due));
            boundary = start;
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }

    /** Tasks for every entry of the plan that is still {@link EntryStatus#PLANNED} or in production. */
    public static List<ProductionTask> schedule(ContentPlan plan, List<Stage> stages, WorkingDays workingDays) {
        Checks.notNull(plan, "plan");
        List<ProductionTask> out = new ArrayList<>();
        for (PlanEntry e : plan.entries()) {
            if (e.status() == EntryStatus.PLANNED || e.status() == EntryStatus.IN_PRODUCTION) {
                out.addAll(schedule(e, stages, workingDays));
            }
        }
        return List.copyOf(out);
    }

    private static LocalDate previousWorkingDay(LocalDate before, WorkingDays workingDays) {
        LocalDate d = before.minusDays(1);
        for (int i = 0; i < MAX_SEARCH_DAYS; i++, d = d.minusDays(1)) {
            if (workingDays.isWorkingDay(d)) {
                return d;
            }
        }
        throw new InvalidValueException("workingDays", "no working day in the year before " + before);
    }
}
