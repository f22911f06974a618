package io.github.mediaops.analytics.membership.tier;

import io.github.mediaops.analytics.membership.ledger.Balance;
import io.github.mediaops.analytics.membership.ledger.EntryKind;
import io.github.mediaops.analytics.membership.ledger.LedgerEntry;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A membership programme: tiers from lowest to highest, each with qualifying rules and perks. A member is in
 * the highest tier any of whose rules they meet over the rule's rolling window; the first tier is the entry
 * tier with no rules. The evaluation says which rule qualified and what is missing for the next tier; perk
 * eligibility says why a perk can or cannot be claimed.
 *
 * <pre>{@code
 * TierProgram program = TierProgram.builder()
 *         .zone(ZoneId.of("Asia/Shanghai"))
 *         .tier(new Tier("member", List.of(), List.of(Perk.free("newsletter"))))
 *         .tier(new Tier("gold", List.of(QualifyingRule.points(1000, Period.ofMonths(12)),
 *                 QualifyingRule.spend(Money.cny("5000"), Period.ofMonths(12))), List.of(new Perk("lounge", 200))))
 *         .build();
 * TierEvaluation e = program.evaluate(new MemberActivity("alice", alice.history(), purchases), now);
 * List<PerkEligibility> perks = program.perks(e, alice.balance(now));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TierProgram {
    private final ZoneId zone;
    private final List<Tier> tiers;

    private TierProgram(ZoneId zone, List<Tier> tiers) {
        this.zone = zone;
        this.tiers = List.copyOf(tiers);
    }

    /** A builder; the zone and at least one tier are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The tiers, lowest first. */
    public List<Tier> tiers() {
        return tiers;
    }

    /** The zone whose calendar the rolling windows are measured on. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The member's tier at {@code asOf}, with the checks of its rules and of the next tier's.
     *
     * @param activity the member's ledger and purchases
     * @param asOf     the instant; the windows end there (inclusive)
     * @return the evaluation
     */
    public TierEvaluation evaluate(MemberActivity activity, Instant asOf) {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(asOf, "asOf");
        int reached = 0;
        List<RuleCheck> reachedChecks = List.of();
        for (int i = 1; i < tiers.size(); i++) {
            List<RuleCheck> checks = checks(tiers.get(i), activity, asOf);
            if (checks.stream().anyMatch(RuleCheck::met)) {
                reached = i;
                reachedChecks = checks;
            }
        }
        Optional<Tier> next = reached + 1 < tiers.size() ? Optional.of(tiers.get(reached + 1)) : Optional.empty();
        List<RuleCheck> toNext = next.map(t -> checks(t, activity, asOf)).orElse(List.of());
        return new TierEvaluation(activity.memberId(), asOf, tiers.get(reached), reachedChecks, next, toNext);
    }

    /**
     * Every perk of the programme and whether the member may claim it: their tier must be at least the
     * perk's tier, and their available points at least its cost.
     *
     * @param evaluation the member's tier (from {@link #evaluate})
     * @param balance    the member's points balance
     * @return one eligibility per perk, lowest tier first
     */
    public List<PerkEligibility> perks(TierEvaluation evaluation, Balance balance) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(balance, "balance");
        if (!evaluation.memberId().equals(balance.memberId())) {
            throw new InvalidValueException("balance", "balance is of member " + balance.memberId()
                    + ", the evaluation of " + evaluation.memberId());
        }
        int rank = rank(evaluation.tier().name());
        List<PerkEligibility> out = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            for (Perk perk : t.perks()) {
                List<String> reasons = new ArrayList<>();
                boolean tierOk = rank >= i;
                reasons.add(tierOk ? "tier " + t.name() + " or above: member is " + evaluation.tier().name()
                        : "requires tier " + t.name() + ", member is " + evaluation.tier().name());
                boolean pointsOk = balance.available() >= perk.pointsCost();
                if (perk.pointsCost() > 0) {
                    reasons.add(pointsOk ? "costs " + perk.pointsCost() + " points, " + balance.available() + " available"
                            : "costs " + perk.pointsCost() + " points, " + balance.available() + " available (short "
                            + (perk.pointsCost() - balance.available()) + ")");
                }
                out.add(new PerkEligibility(perk, t.name(), tierOk && pointsOk, reasons));
            }
        }
        return out;
    }

    private int rank(String name) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new InvalidValueException("evaluation.tier", "tier " + name + " is not in this programme");
    }

    private List<RuleCheck> checks(Tier tier, MemberActivity activity, Instant asOf) {
        List<RuleCheck> out = new ArrayList<>();
        for (QualifyingRule rule : tier.anyOf()) {
            Instant from = asOf.atZone(zone).minus(rule.window()).toInstant();
            BigDecimal measured;
            BigDecimal required;
            String unit;
            if (rule instanceof QualifyingRule.PointsEarned p) {
                measured = BigDecimal.valueOf(pointsEarned(activity.ledger(), from, asOf));
                required = BigDecimal.valueOf(p.minimum());
                unit = " points earned in " + rule.window();
            } else {
                QualifyingRule.Spend s = (QualifyingRule.Spend) rule;
                Money sum = Money.zero(s.minimum().currency());
                for (Purchase purchase : activity.purchases()) {
                    if (purchase.at().isAfter(from) && !purchase.at().isAfter(asOf)) {
                        sum = sum.plus(purchase.amount());
                    }
                }
                measured = sum.amount();
                required = s.minimum().amount();
                unit = " " + s.minimum().currency().getCurrencyCode() + " spent in " + rule.window();
            }
            boolean met = measured.compareTo(required) >= 0;
            String reason = tier.name() + ": " + measured.toPlainString() + " of " + required.toPlainString() + unit
                    + (met ? ": met" : ": missing " + required.subtract(measured).toPlainString());
            out.add(new RuleCheck(rule, measured, required, met, reason));
        }
        return out;
    }

    private static long pointsEarned(List<LedgerEntry> ledger, Instant from, Instant asOf) {
        Set<String> reversed = new HashSet<>();
        for (LedgerEntry e : ledger) {
            if (e.kind() == EntryKind.REVERSAL && !e.at().isAfter(asOf)) {
                reversed.add(e.reverses().orElseThrow());
            }
        }
        long sum = 0;
        for (LedgerEntry e : ledger) {
            if (e.kind() == EntryKind.EARN && e.at().isAfter(from) && !e.at().isAfter(asOf)
                    && !reversed.contains(e.eventId())) {
                sum = Math.addExact(sum, e.points());
            }
        }
        return sum;
    }

    /** Builds a {@link TierProgram}. */
    public static final class Builder {
        private ZoneId zone;
        private final List<Tier> tiers = new ArrayList<>();

        private Builder() {
        }

        /** The zone of the windows' calendar (required). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Adds the next tier up; the first one added is the entry tier and has no rules. */
        public Builder tier(Tier tier) {
            tiers.add(Objects.requireNonNull(tier, "tier"));
            return this;
        }

        /** The programme. */
        public TierProgram build() {
            if (zone == null) {
                throw new InvalidValueException("zone", "zone is required (was null)");
            }
            if (tiers.isEmpty()) {
                throw new InvalidValueException("tiers", "at least one tier is required (was none)");
            }
            if (!tiers.get(0).anyOf().isEmpty()) {
                throw new InvalidValueException("tiers[0].anyOf", "the entry tier " + tiers.get(0).name()
                        + " must have no rules (had " + tiers.get(0).anyOf().size() + ")");
            }
            Set<String> names = new HashSet<>();
            Set<String> perks = new HashSet<>();
            for (int i = 0; i < tiers.size(); i++) {
                Tier t = tiers.get(i);
                if (!names.add(t.name())) {
                    throw new InvalidValueException("tiers[" + i + "].name", "duplicate tier name " + t.name());
                }
                if (i > 0 && t.anyOf().isEmpty()) {
                    throw new InvalidValueException("tiers[" + i + "].anyOf", "tier " + t.name()
                            + " needs at least one rule (had none)");
                }
                for (Perk p : t.perks()) {
                    if (!perks.add(p.id())) {
                        throw new InvalidValueException("tiers[" + i + "].perks", "duplicate perk id " + p.id());
                    }
                }
            }
            return new TierProgram(zone, tiers);
        }
    }
}
