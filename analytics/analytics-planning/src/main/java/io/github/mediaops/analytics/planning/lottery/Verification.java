package io.github.mediaops.analytics.planning.lottery;

import io.github.mediaops.core.validate.Checks;
import java.util.List;

/**
 * The result of re-running a lottery audit.
 *
 * @param problems every mismatch found; empty when the audit verifies
 */
public record Verification(List<String> problems) {
    public Verification {
        problems = Checks.notBlankEach(problems, "problems");
    }

    /** True when the seed matches its commitment, the entry list its hash, and decisions and winners re-compute. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
