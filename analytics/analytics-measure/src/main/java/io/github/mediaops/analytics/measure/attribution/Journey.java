package io.github.mediaops.analytics.measure.attribution;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.Instant;
import java.util.List;

/**
 * One user's path: the touchpoints in time order and whether it ended in a conversion.
 *
 * <p>Touchpoints must be in non-decreasing time order (an out-of-order path is rejected, naming the
 * index, because silently re-sorting would hide a broken join upstream). A path that did not convert is
 * still useful: the Markov model learns from it where users drop out; the other models give it no credit.
 *
 * @param touchpoints at least one touchpoint, in time order
 * @param converted   whether the journey ended in a conversion
 * @param endedAt     the conversion time (or when the journey was last observed), not before the last touch
 * @param conversionValue what the conversion was worth (revenue, order value), &ge; 0; 0 for a journey that
 *                    did not convert, and 0 when values are not tracked (see {@link #withConversionValue})
 *
 * @since 0.1.0
 */
public record Journey(List<ChannelTouch> touchpoints, boolean converted, Instant endedAt, double conversionValue) {
    /** Validates the components; bad values fail with the field named. */
    public Journey {
        touchpoints = Checks.listOf(touchpoints, "touchpoints");
        if (touchpoints.isEmpty()) {
            throw new InvalidValueException("touchpoints", "a journey needs at least one touchpoint");
        }
        for (int i = 1; i < touchpoints.size(); i++) {
            if (touchpoints.get(i).at().isBefore(touchpoints.get(i - 1).at())) {
                throw new InvalidValueException("touchpoints", "touchpoints must be in time order; touchpoints[" + i
                        + "] at " + touchpoints.get(i).at() + " is before touchpoints[" + (i - 1) + "] at "
                        + touchpoints.get(i - 1).at());
            }
        }
        Checks.notNull(endedAt, "endedAt");
        Instant last = touchpoints.get(touchpoints.size() - 1).at();
        if (endedAt.isBefore(last)) {
            throw new InvalidValueException("endedAt", "endedAt " + endedAt + " is before the last touchpoint at " + last);
        }
        Checks.finite(conversionValue, "conversionValue");
        if (conversionValue < 0) {
            throw new InvalidValueException("conversionValue", "conversionValue must be >= 0 (was " + conversionValue + ")");
        }
        if (!converted && conversionValue != 0) {
            throw new InvalidValueException("conversionValue", "conversionValue of a journey that did not convert must be 0 (was "
                    + conversionValue + ")");
        }
    }

    /** A journey without a conversion value (counts only). */
    public Journey(List<ChannelTouch> touchpoints, boolean converted, Instant endedAt) {
        this(touchpoints, converted, endedAt, 0);
    }

    /** This converted journey with what its conversion was worth. */
    public Journey withConversionValue(double value) {
        return new Journey(touchpoints, converted, endedAt, value);
    }

    /** The channel names in order. */
    public List<String> channels() {
        return touchpoints.stream().map(ChannelTouch::channel).toList();
    }
}
