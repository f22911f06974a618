package io.github.mediaops.analytics.membership.tier;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.time.Period;
import java.util.Objects;

/**
 * A condition that qualifies a member for a tier, measured over a rolling window that ends at the evaluation
 * instant: {@code (asOf − window, asOf]} on the program's calendar.
 *
 * @since 0.1.0
 */
public sealed interface QualifyingRule permits QualifyingRule.PointsEarned, QualifyingRule.Spend {

    /** The rolling window. */
    Period window();

    /**
     * At least {@code minimum} points earned (not reversed) in the window.
     *
     * @param minimum at least 1
     * @param window  positive, e.g. {@code Period.ofMonths(12)}
     * @return the rule
     */
    static QualifyingRule points(long minimum, Period window) {
        return new PointsEarned(minimum, window);
    }

    /**
     * At least {@code minimum} spent in the window (purchases in the minimum's currency).
     *
     * @param minimum positive
     * @param window  positive
     * @return the rule
     */
    static QualifyingRule spend(Money minimum, Period window) {
        return new Spend(minimum, window);
    }

    /**
     * Points earned in the window.
     *
     * @param minimum at least 1
     * @param window  the rolling window
     */
    record PointsEarned(long minimum, Period window) implements QualifyingRule {
        /** Validates the components; bad values fail with the field named. */
        public PointsEarned {
            Checks.positive(minimum, "minimum");
            checkWindow(window);
        }

        @Override
        public String toString() {
            return minimum + " points earned in " + window;
        }
    }

    /**
     * Money spent in the window.
     *
     * @param minimum positive
     * @param window  the rolling window
     */
    record Spend(Money minimum, Period window) implements QualifyingRule {
        /** Validates the components; bad values fail with the field named. */
        public Spend {
            Objects.requireNonNull(minimum, "minimum");
            if (minimum.signum() <= 0) {
                throw new InvalidValueException("minimum", "minimum must be positive (was " + minimum + ")");
            }
            checkWindow(window);
        }

        @Override
        public String toString() {
            return minimum + " spent in " + window;
        }
    }

    private static void checkWindow(Period window) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new InvalidValueException("window", "window must be positive (was " + window + ")");
        }
    }
}
