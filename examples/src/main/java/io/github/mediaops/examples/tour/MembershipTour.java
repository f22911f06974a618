package io.github.mediaops.examples.tour;

import io.github.mediaops.analytics.membership.community.CommunityDay;
import io.github.mediaops.analytics.membership.community.CommunityKpis;
import io.github.mediaops.analytics.membership.community.GroupDay;
import io.github.mediaops.analytics.membership.ledger.ExpiryPolicy;
import io.github.mediaops.analytics.membership.ledger.InMemoryLedgerStore;
import io.github.mediaops.analytics.membership.ledger.MemberPoints;
import io.github.mediaops.analytics.membership.ledger.PointsLedger;
import io.github.mediaops.analytics.membership.ledger.Posting;
import io.github.mediaops.analytics.membership.tier.MemberActivity;
import io.github.mediaops.analytics.membership.tier.Perk;
import io.github.mediaops.analytics.membership.tier.PerkEligibility;
import io.github.mediaops.analytics.membership.tier.QualifyingRule;
import io.github.mediaops.analytics.membership.tier.Tier;
import io.github.mediaops.analytics.membership.tier.TierEvaluation;
import io.github.mediaops.analytics.membership.tier.TierProgram;
import io.github.mediaops.core.Money;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Membership and community: a member earns points from an order callback delivered twice (credited once),
 * reaches a tier, and redeems a perk; then one day of community KPIs from group statistics. The ledger here
 * is in memory; {@code mediaops-analytics-membership-jdbc}'s {@code JdbcLedgerStore} shares it across a cluster.
 */
public final class MembershipTour {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private MembershipTour() {
    }

    public static void run(PrintStream out) {
        out.println("== Membership and community ==");
        PointsLedger ledger = PointsLedger.builder()
                .store(new InMemoryLedgerStore())
                .expiry(ExpiryPolicy.monthsAfterEarning(12, SHANGHAI))
                .build();
        MemberPoints fan = ledger.member("wx-fan-001");
        Instant paid = Instant.parse("2026-11-11T04:00:00Z");
        // The shop's order callback arrives twice (a retry after a timeout): the event id credits it once.
        Posting first = fan.earn("order-1111-001", 600, paid);
        Posting second = fan.earn("order-1111-001", 600, paid);
        out.printf(Locale.ROOT, "order-1111-001 delivered twice, credited once: %d points (second delivery duplicate=%s)%n",
                fan.balance(paid).available(), second.duplicate() && !first.duplicate());

        TierProgram program = TierProgram.builder()
                .zone(SHANGHAI)
                .tier(new Tier("member", List.of(), List.of(Perk.free("newsletter"))))
                .tier(new Tier("silver", List.of(QualifyingRule.points(500, Period.ofMonths(12)),
                        QualifyingRule.spend(Money.cny("1000"), Period.ofMonths(12))),
                        List.of(new Perk("coupon-50", 300))))
                .tier(new Tier("gold", List.of(QualifyingRule.points(2000, Period.ofMonths(12))), List.of(Perk.free("lounge"))))
                .build();
        Instant now = Instant.parse("2026-11-28T02:00:00Z");
        TierEvaluation tier = program.evaluate(new MemberActivity(fan.memberId(), fan.history(), List.of()), now);
        out.println("tier " + tier.tier().name() + " (" + tier.qualifying().get(0).reason() + "); to gold: "
                + tier.toNext().get(0).missing().toPlainString() + " points missing");
        PerkEligibility coupon = program.perks(tier, fan.balance(now)).stream()
                .filter(p -> p.perk().id().equals("coupon-50")).findFirst().orElseThrow();
        if (coupon.eligible()) {
            fan.redeem("claim-coupon-50-001", coupon.perk().pointsCost(), now);
        }
        out.println("redeemed perk coupon-50 for 300 points (" + String.join("; ", coupon.reasons()) + "); "
                + fan.balance(now).available() + " points left");

        CommunityDay day = CommunityKpis.daily(List.of(
                GroupDay.builder("fans-1", LocalDate.of(2026, 11, 27)).members(200).joined(12).left(3).activeMembers(40)
                        .messages(260).build(),
                GroupDay.builder("fans-2", LocalDate.of(2026, 11, 27)).members(50).joined(5).activeMembers(10)
                        .messages(30).build())).get(0);
        out.printf(Locale.ROOT, "community %s: %d members (+%d), %.0f%% active, %.2f messages per member%n", day.day(),
                day.members(), day.netGrowth(), 100 * day.activeRate().orElse(0), day.messagesPerMember().orElse(0));
    }
}
