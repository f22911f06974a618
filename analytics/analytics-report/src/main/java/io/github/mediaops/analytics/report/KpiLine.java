package io.github.mediaops.analytics.report;

import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.analytics.measure.campaign.GoalResult;
import io.github.mediaops.core.kpi.KpiDefinition;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One KPI's result over the report period, with its target, or the reason it could not be measured.
 *
 * <p>Variance to target = actual − target (in the KPI's unit); relative variance = (actual − target) /
 * |target| (empty when the target is 0); whether the target is met follows the KPI's
 * {@link io.github.mediaops.core.kpi.Direction} (for "lower is better" KPIs such as search rank, being
 * under the target meets it). A line that was not measured (no platform reported the metric) has no
 * actual value, no variance and no verdict, and says why.
 *
 * <p>Built by name, never by position (the actual value and the target are both numbers in the KPI's
 * unit, and a swapped pair would silently turn a miss into a hit): from a campaign's goal result, or
 * measured and then given a target.
 *
 * <pre>{@code
 * KpiLine er = KpiLine.measured(KpiCatalog.ENGAGEMENT_RATE, 0.046).against(0.04);
 * KpiLine fromGoal = KpiLine.of(postMortem.goals().get(0));      // a GoalResult of analytics-measure
 * }</pre>
 *
 * @since 0.1.0
 */
public final class KpiLine {
    private final KpiDefinition kpi;
    private final OptionalDouble actual;
    private final OptionalDouble target;
    private final Optional<String> notMeasuredBecause;

    private KpiLine(KpiDefinition kpi, OptionalDouble actual, OptionalDouble target, Optional<String> notMeasuredBecause) {
        this.kpi = Checks.notNull(kpi, "kpi");
        this.actual = Checks.notNull(actual, "actual");
        this.target = Checks.notNull(target, "target");
        this.notMeasuredBecause = Checks.notNull(notMeasuredBecause, "notMeasuredBecause");
        if (actual.isPresent()) {
            Checks.finite(actual.getAsDouble(), "actual");
        }
        if (target.isPresent()) {
            Checks.finite(target.getAsDouble(), "target");
        }
        notMeasuredBecause.ifPresent(r -> Checks.notBlank(r, "notMeasuredBecause"));
    }

    /**
     * A measured KPI, without a target until {@link #against(double)} gives one:
     * {@code KpiLine.measured(KpiCatalog.ENGAGEMENT_RATE, 0.046).against(0.04)}.
     *
     * @param kpi    the KPI
     * @param actual the achieved value, in the KPI's unit (a fraction for rates: 0.046, not 4.6)
     * @return the line
     */
    public static KpiLine measured(KpiDefinition kpi, double actual) {
        return new KpiLine(kpi, OptionalDouble.of(actual), OptionalDouble.empty(), Optional.empty());
    }

    /**
     * A KPI that could not be measured, e.g. because no platform reported the metric; give its target
     * with {@link #against(double)}.
     *
     * @param kpi    the KPI
     * @param reason why, shown in the report (e.g. {@code "no snapshot reported completion_rate"})
     * @return the line
     */
    public static KpiLine notMeasured(KpiDefinition kpi, String reason) {
        return new KpiLine(kpi, OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.of(Checks.notBlank(reason, "reason")));
    }

    /**
     * The line of a campaign goal as {@code analytics-measure} (and a {@code CampaignPostMortem} of
     * {@code analytics-postmortem}) computes it: the goal's target, and the actual value or the reason it
     * was not measured, with no number re-keyed by hand.
     *
     * @param goal the goal's result
     * @return the line
     */
    public static KpiLine of(GoalResult goal) {
        Checks.notNull(goal, "goal");
        KpiLine line = goal.actual().isPresent() ? measured(goal.kpi(), goal.actual().get().value())
                : notMeasured(goal.kpi(), goal.reason().orElseThrow());
        return line.against(goal.goal().target());
    }

    /**
     * This line with a target.
     *
     * @param target the target, in the KPI's unit; finite
     * @return a new line
     */
    public KpiLine against(double target) {
        return new KpiLine(kpi, actual, OptionalDouble.of(target), notMeasuredBecause);
    }

    /** @return the KPI's definition (name, unit, direction) */
    public KpiDefinition kpi() {
        return kpi;
    }

    /** @return the achieved value, in the KPI's unit; empty when not measured */
    public OptionalDouble actual() {
        return actual;
    }

    /** @return the target, in the KPI's unit; empty when none was set */
    public OptionalDouble target() {
        return target;
    }

    /** @return why there is no actual value; present exactly when {@link #actual()} is empty */
    public Optional<String> notMeasuredBecause() {
        return notMeasuredBecause;
    }

    /** @return whether there is an actual value */
    public boolean measured() {
        return actual.isPresent();
    }

    /** @return actual − target; empty without either */
    public OptionalDouble variance() {
        return actual.isPresent() && target.isPresent() ? OptionalDouble.of(actual.getAsDouble() - target.getAsDouble())
                : OptionalDouble.empty();
    }

    /** @return (actual − target) / |target|; empty without either or when the target is 0 */
    public OptionalDouble relativeVariance() {
        if (actual.isEmpty() || target.isEmpty() || target.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((actual.getAsDouble() - target.getAsDouble()) / Math.abs(target.getAsDouble()));
    }

    /** @return whether the target is met; empty without a target or an actual value */
    public Optional<Boolean> met() {
        return actual.isPresent() && target.isPresent()
                ? Optional.of(kpi.direction().meets(actual.getAsDouble(), target.getAsDouble())) : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KpiLine l && kpi.equals(l.kpi) && actual.equals(l.actual) && target.equals(l.target)
                && notMeasuredBecause.equals(l.notMeasuredBecause);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kpi, actual, target, notMeasuredBecause);
    }

    @Override
    public String toString() {
        return "KpiLine[kpi=" + kpi.id() + ", actual=" + actual + ", target=" + target
                + notMeasuredBecause.map(r -> ", notMeasuredBecause=" + r).orElse("") + "]";
    }
}
