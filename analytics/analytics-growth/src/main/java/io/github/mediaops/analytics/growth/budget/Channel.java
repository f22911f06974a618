package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.CurrencyMismatchException;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;

/**
 * One channel to allocate budget to: its name, its response curve and its spend bounds per period.
 * A channel is <em>locked</em> when its minimum equals its maximum.
 *
 * @param name  unique name within one allocation, e.g. {@code "douyin-dou+"}; not blank
 * @param curve response to per-period spend
 * @param min   minimum spend, &ge; 0
 * @param max   maximum spend, &ge; min, same currency
 */
public record Channel(String name, ResponseCurve curve, Money min, Money max) {

    public Channel {
        Checks.notBlank(name, "name");
        Checks.notNull(curve, "curve");
        Checks.notNull(min, "min");
        Checks.notNull(max, "max");
        if (!min.currency().equals(max.currency())) {
            throw new CurrencyMismatchException("max", min.currency(), max.currency());
        }
        if (min.signum() < 0) {
            throw new InvalidValueException("min", "min spend of channel " + name + " must be >= 0 (was " + min + ")");
        }
        if (max.compareTo(min) < 0) {
            throw new InvalidValueException("max", "max spend of channel " + name + " (" + max + ") is below its min (" + min + ")");
        }
    }

    /** A channel that may receive anything from zero to {@code max}. */
    public static Channel upTo(String name, ResponseCurve curve, Money max) {
        return new Channel(name, curve, Money.zero(max.currency()), max);
    }

    /** A channel whose spend is fixed at {@code spend}. */
    public static Channel locked(String name, ResponseCurve curve, Money spend) {
        return new Channel(name, curve, spend, spend);
    }

    /** True when min equals max. */
    public boolean locked() {
        return min.compareTo(max) == 0;
    }
}
