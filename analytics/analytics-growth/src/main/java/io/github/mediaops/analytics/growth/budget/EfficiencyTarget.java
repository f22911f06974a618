package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;

/**
 * An efficiency target for {@link BudgetAllocator#atTarget}: a blended ROAS, a blended cost per
 * acquisition, or a marginal ROI. Each is its own type, so a CPA cannot be passed where a ROAS is meant.
 *
 * @since 0.1.0
 */
public sealed interface EfficiencyTarget {

    /** Blended ROAS Σ response / Σ spend at least {@code value} (response in the budget's currency), &gt; 0. */
    static EfficiencyTarget roas(double value) {
        return new Roas(value);
    }

    /** Blended cost per acquisition Σ spend / Σ response at most {@code value} (response = conversions). */
    static EfficiencyTarget cpa(Money value) {
        return new Cpa(value);
    }

    /**
     * Marginal ROI: spend on every channel until what one more currency unit returns falls to
     * {@code value} (Meridian's {@code target_mroi} flexible-budget scenario), &gt; 0.
     */
    static EfficiencyTarget marginalRoi(double value) {
        return new MarginalRoi(value);
    }

    /**
     * A blended ROAS target.
     *
     * @param value outcome per currency unit, &gt; 0
     */
    record Roas(double value) implements EfficiencyTarget {
        /** Validates the value. */
        public Roas {
            positive(value, "targetRoas");
        }
    }

    /**
     * A blended CPA target.
     *
     * @param value cost per conversion, &gt; 0
     */
    record Cpa(Money value) implements EfficiencyTarget {
        /** Validates the value. */
        public Cpa {
            Checks.notNull(value, "targetCpa");
            if (value.signum() <= 0) {
                throw new InvalidValueException("targetCpa", "targetCpa must be > 0 (was " + value + ")");
            }
        }
    }

    /**
     * A marginal ROI target.
     *
     * @param value outcome per extra currency unit, &gt; 0
     */
    record MarginalRoi(double value) implements EfficiencyTarget {
        /** Validates the value. */
        public MarginalRoi {
            positive(value, "targetMarginalRoi");
        }
    }

    private static void positive(double v, String field) {
        Checks.finite(v, field);
        if (!(v > 0)) {
            throw new InvalidValueException(field, field + " must be > 0 (was " + v + ")");
        }
    }
}
