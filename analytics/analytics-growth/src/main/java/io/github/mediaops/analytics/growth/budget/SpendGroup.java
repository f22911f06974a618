package io.github.mediaops.analytics.growth.budget;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * A cap on what a group of channels may spend together, e.g. paid channels at most 70 % of the budget:
 * {@code SpendGroup.atMostShare("paid", Set.of("feed-ads", "search-ads"), 0.70)}. Groups given to one
 * allocation must not share channels. The allocator keeps its global-optimality certificate with groups
 * (each binding group gets its own multiplier in the bound).
 *
 * @since 0.1.0
 */
public final class SpendGroup {
    private final String name;
    private final Set<String> channels;
    private final Money cap;
    private final double share;

    private SpendGroup(String name, Set<String> channels, Money cap, double share) {
        this.name = Checks.notBlank(name, "name");
        Checks.notNull(channels, "channels");
        if (channels.isEmpty()) {
            throw new InvalidValueException("channels", "spend group " + name + " names no channel");
        }
        for (String c : channels) {
            Checks.notBlank(c, "channels");
        }
        this.channels = Set.copyOf(channels);
        this.cap = cap;
        this.share = share;
    }

    /** The channels may spend at most {@code cap} together. */
    public static SpendGroup atMost(String name, Set<String> channels, Money cap) {
        Checks.notNull(cap, "cap");
        if (cap.signum() < 0) {
            throw new InvalidValueException("cap", "cap of spend group " + name + " must be >= 0 (was " + cap + ")");
        }
        return new SpendGroup(name, channels, cap, Double.NaN);
    }

    /**
     * The channels may spend at most {@code share} of the budget together (a fraction in [0, 1]: 0.7 is
     * 70 %); the cap is the budget times the share, rounded down to the currency's minor unit.
     */
    public static SpendGroup atMostShare(String name, Set<String> channels, double share) {
        Checks.fraction(share, "share");
        return new SpendGroup(name, channels, null, share);
    }

    /** The group's name. */
    public String name() {
        return name;
    }

    /** The channels in the group. */
    public Set<String> channels() {
        return channels;
    }

    /** The cap for a budget: the fixed cap, or the share of the budget rounded down to the minor unit. */
    public Money capFor(Money budget) {
        Checks.notNull(budget, "budget");
        if (cap != null) {
            if (!cap.currency().equals(budget.currency())) {
                throw new io.github.mediaops.core.CurrencyMismatchException("cap", budget.currency(), cap.currency());
            }
            return cap;
        }
        int scale = Math.max(budget.currency().getDefaultFractionDigits(), 0);
        BigDecimal v = budget.amount().multiply(BigDecimal.valueOf(share)).setScale(scale, RoundingMode.FLOOR);
        return new Money(v, budget.currency());
    }

    @Override
    public String toString() {
        return "SpendGroup[" + name + " " + channels.stream().sorted().toList() + " at most "
                + (cap != null ? cap.toString() : share * 100 + " % of the budget") + "]";
    }
}
