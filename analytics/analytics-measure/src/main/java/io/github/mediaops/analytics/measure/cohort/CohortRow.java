package io.github.mediaops.analytics.measure.cohort;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.validate.Checks;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One cohort.
 *
 * @param cohort    the period its members joined in
 * @param size      members; 0 for an empty cohort (then every retention is empty)
 * @param active    members active in period 0, 1, ... after joining, for the periods already fully
 *                  observed (so later cohorts have shorter rows)
 * @param retention active / size per observed period; empty when the cohort is empty
 */
public record CohortRow(DateRange cohort, long size, List<Long> active, List<OptionalDouble> retention) {
    public CohortRow {
        Checks.notNull(cohort, "cohort");
        Checks.nonNegative(size, "size");
        active = Checks.listOf(active, "active");
        retention = Checks.listOf(retention, "retention");
    }
}
