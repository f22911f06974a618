package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.analytics.planning.calendar.PlanIssue.Kind;
import io.github.mediaops.analytics.planning.calendar.PlanIssue.Severity;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.plan.ContentPlan;
import io.github.mediaops.core.plan.EntryStatus;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.plan.PlanTheme;
import io.github.mediaops.core.platform.AccountRef;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks a content plan against cadence rules and coverage, returning every problem found (never
 * throwing for a plan that is merely bad).
 *
 * <p>Checks, per account, on entries that are not {@link EntryStatus#CANCELLED}, with days, ISO weeks
 * (Monday first) and months taken in the plan's zone:
 * <ul>
 *   <li>over-posting per day / week / month against the {@link CadenceRule} for the account (an
 *       account rule overrides the platform rule; accounts without a rule have no limits);</li>
 *   <li>under-posting in every full ISO week inside the plan period ({@code minPerWeek});</li>
 *   <li>collisions: two posts on one account less than {@code collisionWindow} apart (default 30
 *       minutes); posts closer than the rule's {@code minSpacing} but outside that window are
 *       {@code TOO_CLOSE};</li>
 *   <li>gaps: more than {@code maxGapDays} consecutive days without a post on an account that has
 *       posts in the plan, counted from the plan start to the plan end (0 disables);</li>
 *   <li>coverage: every theme has an entry; every KPI goal has an entry inside its period.</li>
 * </ul>
 * Issues are ordered by day, then kind. Accounts are known only through the plan's entries: an account
 * with no entry at all is not reported.
 */
public final class PlanValidator {
    private final List<CadenceRule> rules;
    private final Duration collisionWindow;
    private final int maxGapDays;

    private PlanValidator(List<CadenceRule> rules, Duration collisionWindow, int maxGapDays) {
        this.rules = rules;
        this.collisionWindow = collisionWindow;
        this.maxGapDays = maxGapDays;
    }

    /**
     * @param rules           cadence rules; at most one per platform and one per account
     * @param collisionWindow posts closer than this on one account collide; positive
     * @param maxGapDays      the longest allowed run of days without a post; 0 disables gap checks
     */
    public static PlanValidator of(List<CadenceRule> rules, Duration collisionWindow, int maxGapDays) {
        List<CadenceRule> copy = Checks.listOf(rules, "rules");
        Map<String, CadenceRule> seen = new LinkedHashMap<>();
        for (CadenceRule r : copy) {
            String key = r.platform().id() + ":" + (r.accountId() == null ? "*" : r.accountId());
            if (seen.put(key, r) != null) {
                throw new InvalidValueException("rules", "two cadence rules for " + key);
            }
        }
        Checks.notNull(collisionWindow, "collisionWindow");
        if (collisionWindow.isNegative() || collisionWindow.isZero()) {
            throw new InvalidValueException("collisionWindow", "collisionWindow must be positive (was " + collisionWindow + ")");
        }
        Checks.nonNegative(maxGapDays, "maxGapDays");
        return new PlanValidator(copy, collisionWindow, maxGapDays);
    }

    /** Rules with a 30-minute collision window and no gap check. */
    public static PlanValidator of(List<CadenceRule> rules) {
        return of(rules, Duration.ofMinutes(30), 0);
    }

    /** The rule that applies to {@code account}: its own rule, else its platform's rule. */
    public Optional<CadenceRule> ruleFor(AccountRef account) {
        Checks.notNull(account, "account");
        Optional<CadenceRule> own = rules.stream()
                .filter(r -> r.accountId() != null && r.appliesTo(account)).findFirst();
        return own.isPresent() ? own : rules.stream().filter(r -> r.accountId() == null && r.appliesTo(account)).findFirst();
    }

    /** Every issue of {@code plan}; empty when the plan is fine. */
    public List<PlanIssue> validate(ContentPlan plan) {
        Checks.notNull(plan, "plan");
        ZoneId zone = plan.zone();
        List<PlanEntry> active = plan.entries().stream().filter(e -> e.status() != EntryStatus.CANCELLED).toList();
        Map<AccountRef, List<PlanEntry>> byAccount = new LinkedHashMap<>();
        for (PlanEntry e : active) {
            byAccount.computeIfAbsent(e.account(), a -> new ArrayList<>()).add(e);
        }
        List<PlanIssue> issues = new ArrayList<>();
        for (Map.Entry<AccountRef, List<PlanEntry>> a : byAccount.entrySet()) {
            AccountRef account = a.getKey();
            List<PlanEntry> posts = a.getValue();
            Optional<CadenceRule> rule = ruleFor(account);
            rule.ifPresent(r -> cadence(plan, account, posts, r, issues));
            spacing(account, posts, rule, zone, issues);
            if (maxGapDays > 0) {
                gaps(plan, account, posts, issues);
            }
        }
        coverage(plan, active, issues);
        issues.sort(Comparator.comparing(PlanIssue::day).thenComparing(PlanIssue::kind)
                .thenComparing(i -> i.account() == null ? "" : i.account().toString()));
        return List.copyOf(issues);
    }

    private static void cadence(ContentPlan plan, AccountRef account, List<PlanEntry> posts, CadenceRule rule,
                                List<PlanIssue> issues) {
        ZoneId zone = plan.zone();
        over(posts, e -> day(e, zone), rule.maxPerDay(), Kind.OVER_POSTING_DAY, Severity.ERROR, account, "day", issues);
        over(posts, e -> day(e, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), rule.maxPerWeek(),
                Kind.OVER_POSTING_WEEK, Severity.WARNING, account, "week starting", issues);
        over(posts, e -> YearMonth.from(day(e, zone)).atDay(1), rule.maxPerMonth(), Kind.OVER_POSTING_MONTH,
                Severity.ERROR, account, "month starting", issues);
        if (rule.minPerWeek() > 0) {
            LocalDate monday = plan.period().start().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            for (; !monday.plusDays(6).isAfter(plan.period().end()); monday = monday.plusWeeks(1)) {
                LocalDate from = monday;
                List<String> ids = posts.stream().filter(e -> {
                    LocalDate d = day(e, zone);
                    return !d.isBefore(from) && !d.isAfter(from.plusDays(6));
                }).map(PlanEntry::id).toList();
                if (ids.size() < rule.minPerWeek()) {
                    issues.add(new PlanIssue(Kind.UNDER_POSTING_WEEK, Severity.WARNING, account, from, ids,
                            account + " has " + ids.size() + " posts in the week starting " + from + "; the rule asks for at least "
                                    + rule.minPerWeek()));
                }
            }
        }
    }

    private static void over(List<PlanEntry> posts, Function<PlanEntry, LocalDate> bucket, int max, Kind kind,
                             Severity severity, AccountRef account, String what, List<PlanIssue> issues) {
        if (max == Integer.MAX_VALUE) {
            return;
        }
        Map<LocalDate, List<String>> buckets = new TreeMap<>();
        for (PlanEntry e : posts) {
            buckets.computeIfAbsent(bucket.apply(e), d -> new ArrayList<>()).add(e.id());
        }
        buckets.forEach((d, ids) -> {
            if (ids.size() > max) {
                issues.add(new PlanIssue(kind, severity, account, d, ids, account + " has " + ids.size() + " posts in the "
                        + what + " " + d + "; the rule allows at most " + max));
            }
        });
    }

    private void spacing(AccountRef account, List<PlanEntry> posts, Optional<CadenceRule> rule, ZoneId zone,
                         List<PlanIssue> issues) {
        Duration minSpacing = rule.map(CadenceRule::minSpacing).orElse(Duration.ZERO);
        for (int i = 1; i < posts.size(); i++) {
            PlanEntry prev = posts.get(i - 1);
            PlanEntry next = posts.get(i);
            Duration apart = Duration.between(prev.at(), next.at());
            if (apart.compareTo(collisionWindow) < 0) {
                issues.add(new PlanIssue(Kind.COLLISION, Severity.ERROR, account, day(prev, zone),
                        List.of(prev.id(), next.id()), "entries " + prev.id() + " and " + next.id() + " on " + account
                        + " are " + apart.toMinutes() + " min apart, inside the " + collisionWindow.toMinutes()
                        + "-minute collision window"));
            } else if (apart.compareTo(minSpacing) < 0) {
                issues.add(new PlanIssue(Kind.TOO_CLOSE, Severity.WARNING, account, day(prev, zone),
                        List.of(prev.id(), next.id()), "entries " + prev.id() + " and " + next.id() + " on " + account
                        + " are " + apart.toMinutes() + " min apart; the rule asks for " + minSpacing.toMinutes()));
            }
        }
    }

    private void gaps(ContentPlan plan, AccountRef account, List<PlanEntry> posts, List<PlanIssue> issues) {
        List<LocalDate> days = posts.stream().map(e -> day(e, plan.zone())).distinct().sorted().toList();
        LocalDate cursor = plan.period().start();
        List<LocalDate> bounds = new ArrayList<>(days);
        bounds.add(plan.period().end().plusDays(1));
        for (LocalDate postDay : bounds) {
            long empty = ChronoUnit.DAYS.between(cursor, postDay);
            if (empty > maxGapDays) {
                issues.add(new PlanIssue(Kind.GAP, Severity.WARNING, account, cursor, List.of(), account + " has no post for "
                        + empty + " days from " + cursor + " to " + postDay.minusDays(1) + "; at most " + maxGapDays + " allowed"));
            }
            cursor = postDay.plusDays(1);
        }
    }

    private static void coverage(ContentPlan plan, List<PlanEntry> active, List<PlanIssue> issues) {
        for (PlanTheme t : plan.themes()) {
            if (active.stream().noneMatch(e -> t.name().equals(e.theme()))) {
                issues.add(new PlanIssue(Kind.THEME_UNCOVERED, Severity.WARNING, null, plan.period().start(), List.of(),
                        "theme " + Checks.show(t.name()) + " has no active entry"));
            }
        }
        for (KpiTarget g : plan.goals()) {
            if (active.stream().noneMatch(e -> g.period().contains(day(e, plan.zone())))) {
                issues.add(new PlanIssue(Kind.GOAL_UNCOVERED, Severity.WARNING, null, g.period().start(), List.of(),
                        "goal " + g.kpiId() + " for " + g.period() + " has no active entry in its period"));
            }
        }
    }

    private static LocalDate day(PlanEntry e, ZoneId zone) {
        return e.at().atZone(zone).toLocalDate();
    }
}
