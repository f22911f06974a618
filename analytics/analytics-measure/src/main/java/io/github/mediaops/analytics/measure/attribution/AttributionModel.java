package io.github.mediaops.analytics.measure.attribution;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;

/**
 * How credit for a conversion is shared among the touchpoints of its path.
 *
 * <ul>
 *   <li>{@link FirstTouch}, {@link LastTouch}: all credit to the first or last touchpoint;</li>
 *   <li>{@link Linear}: equal credit to every touchpoint;</li>
 *   <li>{@link TimeDecay}: weight 2<sup>−Δt / half-life</sup> where Δt is the time from the touch to the
 *       conversion, normalised per journey (Google Ads' time-decay model uses a 7-day half-life);</li>
 *   <li>{@link PositionBased}: a share to the first and to the last touch (40% each by default) and the
 *       rest split evenly over the touches between; with two touches, first and last split in proportion
 *       to their shares; with one, it gets everything;</li>
 *   <li>{@link MarkovChain}: Markov chain over channels with start, conversion and null states, of order
 *       1 (a state is the current channel) or higher (a state is the last k channels, so the chain
 *       remembers where a user came from); a channel's removal effect is the relative drop in conversion
 *       probability when every state containing it becomes a dead end (its incoming transitions go to
 *       null), and conversions are shared in proportion to removal effects (Anderl, Becker, von
 *       Wangenheim &amp; Schumann, "Mapping the customer journey", IJRM 33(3), 2016; higher orders as in
 *       their section 3.2);</li>
 *   <li>{@link Shapley}: the Shapley value of the cooperative game v(S) = conversions of journeys whose
 *       set of channels is contained in S (Zhao et al., "Shapley Value Methods for Attribution Modeling
 *       in Online Advertising", arXiv:1804.05327, 2018), computed exactly for up to
 *       {@value Shapley#MAX_CHANNELS} channels.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public sealed interface AttributionModel {

    /** A short name for reports, e.g. {@code "time-decay(P7D)"}. */
    String name();

    /** @return all credit to the first touch */
    static AttributionModel firstTouch() {
        return new FirstTouch();
    }

    /** @return all credit to the last touch */
    static AttributionModel lastTouch() {
        return new LastTouch();
    }

    /** @return equal credit to every touch */
    static AttributionModel linear() {
        return new Linear();
    }

    /**
     * Credit halving every {@code halfLife} before the conversion.
     *
     * @param halfLife the half-life, positive
     * @return the model
     */
    static AttributionModel timeDecay(Duration halfLife) {
        return new TimeDecay(halfLife);
    }

    /**
     * 40% first, 40% last, 20% spread over the middle; other shares with
     * {@code positionBased().withFirst(0.3).withLast(0.5)}.
     */
    static PositionBased positionBased() {
        return PositionBased.DEFAULT;
    }

    /** @return the first-order Markov removal-effect model */
    static AttributionModel markov() {
        return new MarkovChain(1);
    }

    /**
     * The Markov removal-effect model of a given order: a state is the last {@code order} channels.
     *
     * @param order 1 to {@value MarkovChain#MAX_ORDER}
     * @return the model
     */
    static AttributionModel markov(int order) {
        return new MarkovChain(order);
    }

    /** @return the Shapley-value model over the channels of each path */
    static AttributionModel shapley() {
        return new Shapley();
    }

    /** All credit to the first touchpoint. */
    record FirstTouch() implements AttributionModel {
        @Override
        public String name() {
            return "first-touch";
        }
    }

    /** All credit to the last touchpoint. */
    record LastTouch() implements AttributionModel {
        @Override
        public String name() {
            return "last-touch";
        }
    }

    /** Equal credit to every touchpoint. */
    record Linear() implements AttributionModel {
        @Override
        public String name() {
            return "linear";
        }
    }

    /** @param halfLife time after which a touch's weight halves; positive */
    record TimeDecay(Duration halfLife) implements AttributionModel {
        /** Validates the components; bad values fail with the field named. */
        public TimeDecay {
            Checks.notNull(halfLife, "halfLife");
            if (halfLife.isNegative() || halfLife.isZero()) {
                throw new InvalidValueException("halfLife", "halfLife must be positive (was " + halfLife + ")");
            }
        }

        @Override
        public String name() {
            return "time-decay(" + halfLife + ")";
        }
    }

    /**
     * Position-based credit: a share to the first and to the last touch, the rest over the middle. Built
     * from {@link AttributionModel#positionBased()} with named shares, so first and last cannot be swapped.
     */
    final class PositionBased implements AttributionModel {
        static final PositionBased DEFAULT = new PositionBased(0.4, 0.4);
        private final double first;
        private final double last;

        private PositionBased(double first, double last) {
            Checks.fraction(first, "first");
            Checks.fraction(last, "last");
            if (first + last > 1 + 1e-12 || first + last <= 0) {
                throw new InvalidValueException("last", "first + last must be in (0, 1] (was " + first + " + " + last + ")");
            }
            this.first = first;
            this.last = last;
        }

        /** This model with {@code share} (a fraction) to the first touch. */
        public PositionBased withFirst(double share) {
            return new PositionBased(share, last);
        }

        /** This model with {@code share} (a fraction) to the last touch. */
        public PositionBased withLast(double share) {
            return new PositionBased(first, share);
        }

        /** @return the share of the first touch */
        public double first() {
            return first;
        }

        /** @return the share of the last touch */
        public double last() {
            return last;
        }

        @Override
        public String name() {
            return "position-based(" + first + "/" + last + ")";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PositionBased p && Double.compare(first, p.first) == 0 && Double.compare(last, p.last) == 0;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(first, last);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /**
     * Markov chain removal effect (data-driven).
     *
     * @param order how many of the last channels make a state, 1 to {@value #MAX_ORDER}
     */
    record MarkovChain(int order) implements AttributionModel {
        /** The highest order supported (states grow as channels^order). */
        public static final int MAX_ORDER = 4;

        /** Validates the order. */
        public MarkovChain {
            if (order < 1 || order > MAX_ORDER) {
                throw new InvalidValueException("order", "Markov order must be in 1.." + MAX_ORDER + " (was " + order + ")");
            }
        }

        @Override
        public String name() {
            return order == 1 ? "markov" : "markov(order " + order + ")";
        }
    }

    /** Shapley value of channel coalitions (data-driven). */
    record Shapley() implements AttributionModel {
        /** The most channels exact enumeration handles (2^n subsets). */
        public static final int MAX_CHANNELS = 20;

        @Override
        public String name() {
            return "shapley";
        }
    }
}
