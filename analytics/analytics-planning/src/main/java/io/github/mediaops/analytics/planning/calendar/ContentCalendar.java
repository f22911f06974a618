package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.plan.ContentPlan;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.plan.PlanTheme;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a quarter (or any longer) calendar from consecutive monthly plans, so that weekly cadence and
 * gaps are checked across month boundaries.
 *
 * <p>The plans must share one zone and their periods must follow each other without overlap or hole:
 * two teams planning the same days separately is exactly the mistake this catches. Themes with the
 * same name must be identical. The combined plan's id and name are given by name (both are text):
 *
 * <pre>{@code
 * ContentPlan q4 = ContentCalendar.combine(List.of(october, november, december)).id("q4-2026").name("2026 Q4");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ContentCalendar {
    private ContentCalendar() {
    }

    /**
     * One plan covering all of {@code plans}, checked now; {@link Combined#id(String)} and
     * {@link WithId#name(String)} name it.
     *
     * @param plans consecutive plans in one zone, in any order
     * @return the next step: the combined plan's id
     * @throws InvalidValueException if the list is empty, zones differ, periods overlap or leave a hole,
     *                               or two plans define a theme of the same name differently
     */
    public static Combined combine(List<ContentPlan> plans) {
        List<ContentPlan> sorted = new ArrayList<>(Checks.listOf(plans, "plans"));
        if (sorted.isEmpty()) {
            throw new InvalidValueException("plans", "at least one plan is needed");
        }
        sorted.sort(Comparator.comparing((ContentPlan p) -> p.period().start()));
        ZoneId zone = sorted.get(0).zone();
        Map<String, PlanTheme> themes = new LinkedHashMap<>();
        List<KpiTarget> goals = new ArrayList<>();
        List<PlanEntry> entries = new ArrayList<>();
        ContentPlan previous = null;
        for (ContentPlan p : sorted) {
            if (!p.zone().equals(zone)) {
                throw new InvalidValueException("plans", "plan " + p.id() + " is in zone " + p.zone() + " but plan "
                        + sorted.get(0).id() + " is in " + zone + "; plan all months in one zone");
            }
            if (previous != null) {
                if (previous.period().overlaps(p.period())) {
                    throw new InvalidValueException("plans", "plan periods overlap: " + previous.id() + " "
                            + previous.period() + " and " + p.id() + " " + p.period());
                }
                if (!previous.period().end().plusDays(1).equals(p.period().start())) {
                    throw new InvalidValueException("plans", "plans leave a hole between " + previous.id() + " "
                            + previous.period() + " and " + p.id() + " " + p.period());
                }
            }
            for (PlanTheme t : p.themes()) {
                PlanTheme seen = themes.putIfAbsent(t.name(), t);
                if (seen != null && !seen.equals(t)) {
                    throw new InvalidValueException("plans", "theme " + Checks.show(t.name())
                            + " is defined differently in plan " + p.id());
                }
            }
            goals.addAll(p.goals());
            entries.addAll(p.entries());
            previous = p;
        }
        DateRange period = DateRange.of(sorted.get(0).period().start(), previous.period().end());
        return new Combined(period, zone, List.copyOf(themes.values()), List.copyOf(goals), List.copyOf(entries));
    }

    /** Plans combined and checked; the id comes next. */
    public static final class Combined {
        private final DateRange period;
        private final ZoneId zone;
        private final List<PlanTheme> themes;
        private final List<KpiTarget> goals;
        private final List<PlanEntry> entries;

        private Combined(DateRange period, ZoneId zone, List<PlanTheme> themes, List<KpiTarget> goals,
                         List<PlanEntry> entries) {
            this.period = period;
            this.zone = zone;
            this.themes = themes;
            this.goals = goals;
            this.entries = entries;
        }

        /**
         * The combined plan's id.
         *
         * @param id the id; not blank
         * @return the last step: the name
         */
        public WithId id(String id) {
            return new WithId(this, Checks.notBlank(id, "id"));
        }
    }

    /** Combined plans with their id; the name completes the plan. */
    public static final class WithId {
        private final Combined c;
        private final String id;

        private WithId(Combined c, String id) {
            this.c = c;
            this.id = id;
        }

        /**
         * The combined plan's name, completing it.
         *
         * @param name the name; not blank
         * @return the plan
         */
        public ContentPlan name(String name) {
            return new ContentPlan(id, name, c.period, c.zone, c.themes, c.goals, c.entries);
        }
    }
}
