package io.github.mediaops.analytics.planning.search;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * The result of a {@link KeywordCoverage} check.
 *
 * @param hits    one per configured keyword, in the configured order
 * @param missing the keywords found nowhere
 * @param score   points earned ÷ points possible, in [0, 1]
 * @param reasons one line per point missed, e.g. {@code "敏感肌: not in the title"}
 *
 * @since 0.1.0
 */
public record CoverageReport(List<KeywordHit> hits, List<String> missing, double score, List<String> reasons) {
    /** Validates the components; bad values fail with the field named. */
    public CoverageReport {
        hits = Checks.listOf(hits, "hits");
        missing = Checks.listOf(missing, "missing");
        Checks.fraction(score, "score");
        reasons = Checks.listOf(reasons, "reasons");
    }
}
