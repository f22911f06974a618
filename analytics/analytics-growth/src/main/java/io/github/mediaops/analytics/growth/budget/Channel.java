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
 * @param min   minimum spend, &ge; 0, in whole minor units of its currency (at most 2 decimals for CNY, none for JPY)
 * @param max   maximum spend, &ge; min, same currency, in whole minor units
 *
 * @since 0.1.0
 */
public record Channel(String name, ResponseCurve curve, Money min, Money max) {

    /** Validates the components; bad values fail with the field named. */
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
        int digits = Math.max(min.currency().getDefaultFractionDigits(), 0);
        if (min.amount().stripTrailingZeros().scale() > digits) {
            throw new InvalidValueException("min", "min spend of channel " + name + " (" + min + ") has more decimals than "
                    + min.currency().getCurrencyCode() + " allows (" + digits + "): bounds are whole minor units");
        }
        if (max.amount().stripTrailingZeros().scale() > digits) {
            throw new InvalidValueException("max", "max spend of channel " + name + " (" + max + ") has more decimals than "
                    + max.currency().getCurrencyCode() + " allows (" + digits + "): bounds are whole minor units");
        }
        if (max.compareTo(min) < 0) {
            throw new InvalidValueException("max", "max spend of channel " + name + " (" + max + ") is below its min (" + min + ")");
        }
    }

    /** A channel that may receive anything from zero to {@code max}. */
    public static Channel upTo(String name, ResponseCurve curve, Money max) {
        return new Channel(name, curve, Money.zero(max.currency()), max);
    }

    /**
     * A channel bounded around its current spend, with Robyn's definition of the allocator's bounds
     * ({@code channel_constr_low/up} times the historical spend): from
     * {@code range.lower() × current} to {@code range.upper() × current}, the minimum rounded up and the
     * maximum rounded down to the currency's minor unit (so the bounds are whole amounts inside the range).
     *
     * <pre>{@code
     * Channel.aroundCurrent("feed-ads", curve, Money.cny("12000"), SpendRange.ofCurrent(0.7, 1.5));  // 8 400 – 18 000
     * }</pre>
     */
    public static Channel aroundCurrent(String name, ResponseCurve curve, Money current, SpendRange range) {
        Checks.notNull(current, "current");
        Checks.notNull(range, "range");
        if (current.signum() < 0) {
            throw new InvalidValueException("current", "current spend of channel " + name + " must be >= 0 (was " + current + ")");
        }
        int scale = Math.max(current.currency().getDefaultFractionDigits(), 0);
        java.math.BigDecimal lo = current.amount().multiply(java.math.BigDecimal.valueOf(range.lower()))
                .setScale(scale, java.math.RoundingMode.CEILING);
        java.math.BigDecimal hi = current.amount().multiply(java.math.BigDecimal.valueOf(range.upper()))
                .setScale(scale, java.math.RoundingMode.FLOOR);
        return new Channel(name, curve, new Money(lo.min(hi), current.currency()), new Money(hi, current.currency()));
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
