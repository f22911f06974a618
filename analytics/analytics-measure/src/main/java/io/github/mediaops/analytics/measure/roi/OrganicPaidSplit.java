package io.github.mediaops.analytics.measure.roi;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Splits a period's results into paid and organic: organic = total − paid-attributed. Reports the paid
 * share, paid ROAS (paid revenue / spend), blended ROAS (all revenue / spend), paid CAC (spend / paid
 * customers) and blended CAC (spend / all customers). Blended figures flatter paid media when organic
 * is strong; showing both is the point.
 *
 * @param totalRevenue   all revenue of the period
 * @param paidRevenue    revenue attributed to paid media, ≤ total
 * @param totalCustomers all new customers
 * @param paidCustomers  new customers attributed to paid media, ≤ total
 * @param spend          paid media spend, never negative
 *
 * @since 0.1.0
 */
public record OrganicPaidSplit(Money totalRevenue, Money paidRevenue, long totalCustomers, long paidCustomers,
                               Money spend) {
    /** Validates the components; bad values fail with the field named. */
    public OrganicPaidSplit {
        Roi.nonNegative(totalRevenue, "totalRevenue");
        Roi.nonNegative(paidRevenue, "paidRevenue");
        Roi.nonNegative(spend, "spend");
        Roi.sameCurrency(paidRevenue, totalRevenue, "paidRevenue");
        Roi.sameCurrency(spend, totalRevenue, "spend");
        Checks.nonNegative(totalCustomers, "totalCustomers");
        Checks.nonNegative(paidCustomers, "paidCustomers");
        if (paidRevenue.compareTo(totalRevenue) > 0) {
            throw new InvalidValueException("paidRevenue", "paidRevenue " + paidRevenue + " exceeds totalRevenue " + totalRevenue);
        }
        if (paidCustomers > totalCustomers) {
            throw new InvalidValueException("paidCustomers", "paidCustomers " + paidCustomers
                    + " exceed totalCustomers " + totalCustomers);
        }
    }

    /** @return total revenue minus paid revenue */
    public Money organicRevenue() {
        return totalRevenue.minus(paidRevenue);
    }

    /** @return total customers minus paid customers */
    public long organicCustomers() {
        return totalCustomers - paidCustomers;
    }

    /** Paid revenue / total revenue; empty when there was no revenue. */
    public OptionalDouble paidShare() {
        return totalRevenue.signum() == 0 ? OptionalDouble.empty() : OptionalDouble.of(paidRevenue.ratioTo(totalRevenue));
    }

    /** @return paid revenue / spend; empty when nothing was spent */
    public OptionalDouble paidRoas() {
        return Roi.spend(spend).roas(paidRevenue);
    }

    /** @return total revenue / spend (blended ROAS); empty when nothing was spent */
    public OptionalDouble blendedRoas() {
        return Roi.spend(spend).roas(totalRevenue);
    }

    /** @return spend / paid customers; empty when there were none */
    public Optional<Money> paidCac() {
        return Roi.cac(spend, paidCustomers);
    }

    /** @return spend / total customers (blended CAC); empty when there were none */
    public Optional<Money> blendedCac() {
        return Roi.cac(spend, totalCustomers);
    }
}
