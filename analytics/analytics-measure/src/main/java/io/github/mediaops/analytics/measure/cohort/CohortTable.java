package io.github.mediaops.analytics.measure.cohort;

import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A cohort table.
 *
 * @param rows      one row per cohort, oldest first
 * @param curve     pooled retention per period: Σ active / Σ size over the non-empty cohorts that have
 *                  observed the period; empty where none has
 * @param decline   period-over-period decline of active users, 1 − Σ active[k] / Σ active[k−1] over the
 *                  cohorts that observed period k (index 0 is always empty); users may come back, so
 *                  this is churn of the active base rather than permanent loss
 * @param unmatched activity events left out: of users in no cohort, or before the user joined
 */
public record CohortTable(List<CohortRow> rows, List<OptionalDouble> curve, List<OptionalDouble> decline, long unmatched) {
    public CohortTable {
        rows = Checks.listOf(rows, "rows");
        curve = Checks.listOf(curve, "curve");
        decline = Checks.listOf(decline, "decline");
        Checks.nonNegative(unmatched, "unmatched");
    }
}
