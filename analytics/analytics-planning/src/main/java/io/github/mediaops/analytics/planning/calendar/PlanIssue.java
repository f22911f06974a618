package io.github.mediaops.analytics.planning.calendar;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.AccountRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One problem {@link PlanValidator} found in a content plan.
 *
 * @param kind     what is wrong
 * @param severity {@link Severity#ERROR} for what a platform would refuse or what cannot work (two
 *                 posts in one slot), {@link Severity#WARNING} for editorial concerns
 * @param account  the account concerned, or {@code null} for plan-wide issues (coverage)
 * @param day      the first local day concerned (start of the week, month or gap)
 * @param entryIds the plan entries involved, in time order; empty for gaps and coverage
 * @param message  a readable explanation
 *
 * @since 0.1.0
 */
public record PlanIssue(Kind kind, Severity severity, AccountRef account, LocalDate day, List<String> entryIds,
                        String message) {

    /** What kind of problem. */
    public enum Kind {
        /** More posts on one day than the cadence rule allows. */
        OVER_POSTING_DAY,
        /** More posts in one ISO week than the cadence rule allows. */
        OVER_POSTING_WEEK,
        /** More posts in one calendar month than the cadence rule allows. */
        OVER_POSTING_MONTH,
        /** Fewer posts in a full week than the cadence rule asks for. */
        UNDER_POSTING_WEEK,
        /** Two posts on one account in the same slot (closer than the collision window). */
        COLLISION,
        /** Two posts closer than the rule's minimum spacing. */
        TOO_CLOSE,
        /** A run of days without a post on an account longer than allowed. */
        GAP,
        /** A plan theme with no active entry. */
        THEME_UNCOVERED,
        /** A KPI goal whose period holds no active entry. */
        GOAL_UNCOVERED
    }

    /** How serious. */
    public enum Severity { ERROR, WARNING }

    /** Validates the components; bad values fail with the field named. */
    public PlanIssue {
        Checks.notNull(kind, "kind");
        Checks.notNull(severity, "severity");
        Checks.notNull(day, "day");
        entryIds = Checks.notBlankEach(entryIds, "entryIds");
        Checks.notBlank(message, "message");
    }

    /** @return the account the issue is about; empty when it is about the whole plan */
    public Optional<AccountRef> accountRef() {
        return Optional.ofNullable(account);
    }
}
