package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.validate.Checks;
import java.util.Optional;

/**
 * The outcome of an efficiency-target search: either a feasible allocation or the reason why the
 * target cannot be met within the channels' bounds.
 */
public final class EfficiencyPlan {
    private final boolean feasible;
    private final String explanation;
    private final BudgetAllocation allocation;

    private EfficiencyPlan(boolean feasible, String explanation, BudgetAllocation allocation) {
        this.feasible = feasible;
        this.explanation = Checks.notBlank(explanation, "explanation");
        this.allocation = allocation;
    }

    static EfficiencyPlan feasible(String explanation, BudgetAllocation allocation) {
        return new EfficiencyPlan(true, explanation, Checks.notNull(allocation, "allocation"));
    }

    static EfficiencyPlan infeasible(String reason) {
        return new EfficiencyPlan(false, reason, null);
    }

    /** True when the target can be met. */
    public boolean feasible() {
        return feasible;
    }

    /** What was found, or why the target is infeasible. */
    public String explanation() {
        return explanation;
    }

    /** The allocation, present exactly when {@link #feasible()}. */
    public Optional<BudgetAllocation> allocation() {
        return Optional.ofNullable(allocation);
    }

    @Override
    public String toString() {
        return "EfficiencyPlan[feasible=" + feasible + ", " + explanation + "]";
    }
}
