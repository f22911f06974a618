package io.github.mediaops.core.campaign;

import io.github.mediaops.core.CurrencyMismatchException;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.kpi.KpiTarget;
import io.github.mediaops.core.platform.Platform;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A marketing campaign: what kind, when, where, for how much, towards which goals, with whom.
 *
 * <p>Budget and spend are in one currency; spend may exceed budget (overspend is a fact to report,
 * not an invalid value), but neither may be negative. Goals must lie within the campaign period.
 *
 * @param id       the team's id; never blank
 * @param name     a readable name
 * @param type     the kind of campaign
 * @param period   the days the campaign runs, inclusive
 * @param channels the platforms it runs on; at least one
 * @param budget   the planned budget
 * @param spend    what has been spent so far
 * @param goals    KPI targets
 * @param partners KOLs, MCNs, agencies and ad platforms involved
 */
public record Campaign(String id, String name, CampaignType type, DateRange period, Set<Platform> channels, Money budget,
                       Money spend, List<KpiTarget> goals, List<Partner> partners) {

    public Campaign {
        Checks.notBlank(id, "id");
        Checks.notBlank(name, "name");
        Checks.notNull(type, "type");
        Checks.notNull(period, "period");
        channels = Checks.setOf(channels, "channels");
        if (channels.isEmpty()) {
            throw new InvalidValueException("channels", "campaign " + id + " needs at least one channel");
        }
        Checks.notNull(budget, "budget");
        Checks.notNull(spend, "spend");
        if (budget.signum() < 0) {
            throw new InvalidValueException("budget", "budget must not be negative (was " + budget + ")");
        }
        if (spend.signum() < 0) {
            throw new InvalidValueException("spend", "spend must not be negative (was " + spend + ")");
        }
        if (!spend.currency().equals(budget.currency())) {
            throw new CurrencyMismatchException("spend", budget.currency(), spend.currency());
        }
        goals = Checks.listOf(goals, "goals");
        for (KpiTarget g : goals) {
            if (!period.contains(g.period())) {
                throw new InvalidValueException("goals", "goal " + g.kpiId() + " covers " + g.period()
                        + ", outside the campaign period " + period);
            }
        }
        partners = Checks.listOf(partners, "partners");
    }

    public static Builder builder(String id, String name, CampaignType type) {
        return new Builder(id, name, type);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, name, type).period(period).budget(budget).spend(spend);
        b.channels.addAll(channels);
        b.goals.addAll(goals);
        b.partners.addAll(partners);
        return b;
    }

    /** Budget minus spend; negative when overspent. */
    public Money remainingBudget() {
        return budget.minus(spend);
    }

    /** A copy with {@code amount} more spent. */
    public Campaign addSpend(Money amount) {
        Checks.notNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new InvalidValueException("amount", "added spend must not be negative (was " + amount + ")");
        }
        return toBuilder().spend(spend.plus(amount)).build();
    }

    /** Builds a {@link Campaign}; spend defaults to zero in the budget's currency. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final CampaignType type;
        private DateRange period;
        private final Set<Platform> channels = new LinkedHashSet<>();
        private Money budget;
        private Money spend;
        private final List<KpiTarget> goals = new ArrayList<>();
        private final List<Partner> partners = new ArrayList<>();

        private Builder(String id, String name, CampaignType type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }

        public Builder period(DateRange period) {
            this.period = period;
            return this;
        }

        public Builder channel(Platform platform) {
            channels.add(platform);
            return this;
        }

        public Builder budget(Money budget) {
            this.budget = budget;
            return this;
        }

        public Builder spend(Money spend) {
            this.spend = spend;
            return this;
        }

        public Builder goal(KpiTarget goal) {
            goals.add(goal);
            return this;
        }

        public Builder partner(Partner partner) {
            partners.add(partner);
            return this;
        }

        public Campaign build() {
            Money s = spend != null ? spend : budget == null ? null : Money.zero(budget.currency());
            return new Campaign(id, name, type, period, channels, budget, s, goals, partners);
        }
    }
}
