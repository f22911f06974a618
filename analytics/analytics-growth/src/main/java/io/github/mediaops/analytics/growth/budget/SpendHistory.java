package io.github.mediaops.analytics.growth.budget;

/**
 * A channel's history for {@link CurveFitter}: per-period spend and the outcome it produced, named so that
 * the two series cannot be swapped:
 *
 * <pre>{@code
 * CurveFit fit = CurveFitter.fitHill(SpendHistory.spend(weeklySpend).outcome(weeklyOrders));
 * }</pre>
 *
 * The arrays are copied; their checks (same length, at least 3 points, finite and &ge; 0, some positive
 * spend) run when a fit starts.
 *
 * @since 0.1.0
 */
public final class SpendHistory {
    private final double[] spend;
    private final double[] outcome;

    private SpendHistory(double[] spend, double[] outcome) {
        this.spend = spend;
        this.outcome = outcome;
    }

    /**
     * Starts a history with its spend per period (already adstocked if the host models carry-over).
     *
     * @param spend spend per period, oldest first
     * @return the next step: the outcome
     */
    public static Spend spend(double[] spend) {
        Adstock.checkSeries(spend, "spend");
        return new Spend(spend.clone());
    }

    /** A history with its spend; the outcome comes next. */
    public static final class Spend {
        private final double[] spend;

        private Spend(double[] spend) {
            this.spend = spend;
        }

        /**
         * @param outcome the outcome of each period (revenue, orders, followers), same length as the spend
         * @return the history
         */
        public SpendHistory outcome(double[] outcome) {
            Adstock.checkSeries(outcome, "outcome");
            return new SpendHistory(spend, outcome.clone());
        }
    }

    double[] spendValues() {
        return spend;
    }

    double[] outcomeValues() {
        return outcome;
    }

    /** @return the number of periods */
    public int periods() {
        return spend.length;
    }
}
