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
 */
public final class MarginalRoi {
    private MarginalRoi() {
    }

    /** One observed spend level with the revenue it produced. */
    public record Level(Money spend, Money revenue) {
        public Level {
            Roi.nonNegative(spend, "spend");
            Roi.sameCurrency(revenue, spend, "revenue");
        }
    }

    /** The marginal return between two consecutive levels. */
    public record Step(Level from, Level to, double marginalRoas) {
        public Step {
            Checks.notNull(from, "from");
            Checks.notNull(to, "to");
            Checks.finite(marginalRoas, "marginalRoas");
        }

        public double marginalRoi() {
            return marginalRoas - 1;
        }
    }

    /** The steps between consecutive levels. */
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
