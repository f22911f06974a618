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
 *   <li>{@link MarkovChain}: first-order Markov chain over channels with start, conversion and null
 *       states; a channel's removal effect is the relative drop in conversion probability when it is
 *       removed (its incoming transitions redirected to null), and conversions are shared in proportion
 *       to removal effects (Anderl, Becker, von Wangenheim &amp; Schumann, "Mapping the customer journey",
 *       IJRM 33(3), 2016);</li>
 *   <li>{@link Shapley}: the Shapley value of the cooperative game v(S) = conversions of journeys whose
 *       set of channels is contained in S (Zhao et al., "Shapley Value Methods for Attribution Modeling
 *       in Online Advertising", arXiv:1804.05327, 2018), computed exactly for up to
 *       {@value Shapley#MAX_CHANNELS} channels.</li>
 * </ul>
 */
public sealed interface AttributionModel {

    /** A short name for reports, e.g. {@code "time-decay(P7D)"}. */
    String name();

    static AttributionModel firstTouch() {
        return new FirstTouch();
    }

    static AttributionModel lastTouch() {
        return new LastTouch();
    }

    static AttributionModel linear() {
        return new Linear();
    }

    static AttributionModel timeDecay(Duration halfLife) {
        return new TimeDecay(halfLife);
    }

    /** 40% first, 40% last, 20% spread over the middle. */
    static AttributionModel positionBased() {
        return new PositionBased(0.4, 0.4);
    }

    static AttributionModel markov() {
        return new MarkovChain();
    }

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
     * @param first share of the first touch
     * @param last  share of the last touch; first + last ≤ 1, the rest goes to the middle
     */
    record PositionBased(double first, double last) implements AttributionModel {
        public PositionBased {
            Checks.fraction(first, "first");
            Checks.fraction(last, "last");
            if (first + last > 1 + 1e-12 || first + last <= 0) {
                throw new InvalidValueException("last", "first + last must be in (0, 1] (was " + first + " + " + last + ")");
            }
        }

        @Override
        public String name() {
            return "position-based(" + first + "/" + last + ")";
        }
    }

    /** First-order Markov chain removal effect (data-driven). */
    record MarkovChain() implements AttributionModel {
        @Override
        public String name() {
            return "markov";
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
