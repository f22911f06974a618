package io.github.mediaops.analytics.measure.roi;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Marginal return between observed spend levels: what the <em>next</em> yuan returns, as opposed to
 * the average. Between consecutive levels (s<sub>i</sub>, r<sub>i</sub>) and (s<sub>i+1</sub>, r<sub>i+1</sub>),
 * marginal ROAS = Δr / Δs and marginal ROI = Δr / Δs − 1. Diminishing returns show as a falling
 * marginal ROAS; the efficient budget is where marginal ROI reaches zero.
 *
 * <p>Levels must have strictly increasing spend (unsorted or repeated levels are rejected).
 *
 * @since 0.1.0
 */
public final class MarginalRoi {
    private MarginalRoi() {
    }

    /**
     * Starts a spend level: {@code MarginalRoi.spend(Money.cny("2000")).revenue(Money.cny("6500"))}. Spend and
     * revenue are both money, so each is named by its call.
     *
     * @param spend the spend of the level, not negative
     * @return the next step: the revenue it produced
     */
    public static Spend spend(Money spend) {
        return new Spend(Roi.nonNegative(spend, "spend"));
    }

    /** A spend level waiting for its revenue. */
    public static final class Spend {
        private final Money spend;

        private Spend(Money spend) {
            this.spend = spend;
        }

        /**
         * The revenue produced at this spend.
         *
         * @param revenue the revenue, in the spend's currency
         * @return the level
         */
        public Level revenue(Money revenue) {
            Roi.sameCurrency(revenue, spend, "revenue");
            return new Level(spend, revenue);
        }
    }

    /** One observed spend level with the revenue it produced; built with {@link MarginalRoi#spend(Money)}. */
    public static final class Level {
        private final Money spend;
        private final Money revenue;

        private Level(Money spend, Money revenue) {
            this.spend = spend;
            this.revenue = revenue;
        }

        /** @return the spend */
        public Money spend() {
            return spend;
        }

        /** @return the revenue it produced */
        public Money revenue() {
            return revenue;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Level l && l.spend.equals(spend) && l.revenue.equals(revenue);
        }

        @Override
        public int hashCode() {
            return 31 * spend.hashCode() + revenue.hashCode();
        }

        @Override
        public String toString() {
            return "Level[spend=" + spend + ", revenue=" + revenue + "]";
        }
    }

    /** The marginal return between two consecutive levels. */
    public record Step(Level from, Level to, double marginalRoas) {
        /** Validates the components; bad values fail with the field named. */
        public Step {
            Checks.notNull(from, "from");
            Checks.notNull(to, "to");
            Checks.finite(marginalRoas, "marginalRoas");
        }

        /** @return the marginal ROAS minus one */
        public double marginalRoi() {
            return marginalRoas - 1;
        }
    }

    /**
     * The steps between consecutive levels.
     *
     * @param levels at least two levels with strictly increasing spend
     * @return one step per consecutive pair
     */
    public static List<Step> between(Collection<Level> levels) {
        List<Level> ls = Checks.listOf(levels, "levels");
        if (ls.size() < 2) {
            throw new InvalidValueException("levels", "marginal ROI needs at least two spend levels (was " + ls.size() + ")");
        }
        List<Step> out = new ArrayList<>();
        for (int i = 1; i < ls.size(); i++) {
            Level a = ls.get(i - 1);
            Level b = ls.get(i);
            Roi.sameCurrency(b.spend(), a.spend(), "levels[" + i + "].spend");
            if (b.spend().compareTo(a.spend()) <= 0) {
                throw new InvalidValueException("levels", "spend levels must strictly increase; levels[" + i + "] "
                        + b.spend() + " is not above levels[" + (i - 1) + "] " + a.spend());
            }
            out.add(new Step(a, b, b.revenue().minus(a.revenue()).ratioTo(b.spend().minus(a.spend()))));
        }
        return List.copyOf(out);
    }
}
