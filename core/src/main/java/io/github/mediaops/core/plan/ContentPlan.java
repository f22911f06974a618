package io.github.mediaops.core.plan;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.kpi.KpiTarget;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A monthly or quarterly content plan: themes, goals and a calendar of entries.
 *
 * <p>Every entry must fall on a day of {@link #period()} in the plan's zone, entry ids and theme
 * names are unique, and an entry's theme must be one of the plan's themes. Entries are kept sorted
 * by time.
 *
 * @param id      the team's id; never blank
 * @param name    a readable name ("2026-12 Douyin + WeChat plan")
 * @param period  the days the plan covers (usually a month or a quarter)
 * @param zone    the zone the plan is made in (Asia/Shanghai for a team in China)
 * @param themes  the plan's themes
 * @param goals   KPI targets within the period
 * @param entries calendar entries
 */
public record ContentPlan(String id, String name, DateRange period, ZoneId zone, List<PlanTheme> themes,
                          List<KpiTarget> goals, List<PlanEntry> entries) {

    public ContentPlan {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(period, "period");
        Checks.notNull(zone, "zone");
        themes = Checks.listOf(themes, "themes");
        Set<String> themeNames = new HashSet<>();
        for (PlanTheme t : themes) {
            if (!themeNames.add(t.name())) {
                throw new InvalidValueException("themes", "duplicate theme name " + Checks.show(t.name()));
            }
        }
        goals = Checks.listOf(goals, "goals");
        for (KpiTarget g : goals) {
            if (!period.contains(g.period())) {
                throw new InvalidValueException("goals", "goal " + g.kpiId() + " covers " + g.period()
                        + ", outside the plan period " + period);
            }
        }
        List<PlanEntry> sorted = new ArrayList<>(Checks.listOf(entries, "entries"));
        sorted.sort(Comparator.comparing(PlanEntry::at).thenComparing(PlanEntry::id));
        Set<String> ids = new HashSet<>();
        for (PlanEntry e : sorted) {
            if (!ids.add(e.id())) {
                throw new InvalidValueException("entries", "duplicate entry id " + Checks.show(e.id()));
            }
            LocalDate day = e.at().atZone(zone).toLocalDate();
            if (!period.contains(day)) {
                throw new InvalidValueException("entries", "entry " + e.id() + " falls on " + day + " (" + zone
                        + "), outside the plan period " + period);
            }
            if (e.theme() != null && !themeNames.contains(e.theme())) {
                throw new InvalidValueException("entries", "entry " + e.id() + " names theme " + Checks.show(e.theme())
                        + ", which the plan does not have; themes: " + themeNames);
            }
        }
        entries = List.copyOf(sorted);
    }

    /** An empty plan for a calendar month. */
    public static ContentPlan forMonth(String id, String name, YearMonth month, ZoneId zone) {
        Checks.notNull(month, "month");
        return new ContentPlan(id, name, DateRange.of(month.atDay(1), month.atEndOfMonth()), zone, List.of(), List.of(),
                List.of());
    }

    /** An empty plan for the calendar quarter that contains {@code anyDay}. */
    public static ContentPlan forQuarter(String id, String name, LocalDate anyDay, ZoneId zone) {
        return new ContentPlan(id, name, DateRange.quarterOf(anyDay), zone, List.of(), List.of(), List.of());
    }

    public ContentPlan withTheme(PlanTheme theme) {
        List<PlanTheme> next = new ArrayList<>(themes);
        next.add(theme);
        return new ContentPlan(id, name, period, zone, next, goals, entries);
    }

    public ContentPlan withGoal(KpiTarget goal) {
        List<KpiTarget> next = new ArrayList<>(goals);
        next.add(goal);
        return new ContentPlan(id, name, period, zone, themes, next, entries);
    }

    public ContentPlan withEntry(PlanEntry entry) {
        List<PlanEntry> next = new ArrayList<>(entries);
        next.add(entry);
        return new ContentPlan(id, name, period, zone, themes, goals, next);
    }

    /** Entries falling on {@code day} in the plan's zone. */
    public List<PlanEntry> entriesOn(LocalDate day) {
        return entries.stream().filter(e -> e.at().atZone(zone).toLocalDate().equals(day)).toList();
    }
}
