package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.validate.Checks;
import java.util.Optional;

/**
 * The outcome of an efficiency-target search: either a feasible allocation or the reason why the
 * target cannot be met within the channels' bounds.
 *
 * @since 0.1.0
 */
public final class EfficiencyPlan {
    private final boolean feasible;
    private final String explanation;
    private final BudgetAllocation allocation;
    private final double bestEfficiency;

    private EfficiencyPlan(boolean feasible, String explanation, BudgetAllocation allocation, double bestEfficiency) {
        this.feasible = feasible;
        this.explanation = Checks.notBlank(explanation, "explanation");
        this.allocation = allocation;
        this.bestEfficiency = bestEfficiency;
    }

    static EfficiencyPlan feasible(String explanation, BudgetAllocation allocation) {
        return new EfficiencyPlan(true, explanation, Checks.notNull(allocation, "allocation"), Double.NaN);
    }

    static EfficiencyPlan infeasible(String reason) {
        return new EfficiencyPlan(false, reason, null, Double.NaN);
    }

    static EfficiencyPlan infeasible(String reason, double bestEfficiency) {
        return new EfficiencyPlan(false, reason, null, bestEfficiency);
    }

    /**
     * For an infeasible efficiency target: the best blended efficiency (response per currency unit) that
     * any allocation within the channels' bounds reaches, whatever the budget; empty otherwise.
     */
    public java.util.OptionalDouble bestEfficiency() {
        return Double.isNaN(bestEfficiency) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(bestEfficiency);
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
