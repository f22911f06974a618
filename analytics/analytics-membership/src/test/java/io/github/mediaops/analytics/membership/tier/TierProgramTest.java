package io.github.mediaops.analytics.membership.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.analytics.membership.ledger.InMemoryLedgerStore;
import io.github.mediaops.analytics.membership.ledger.MemberPoints;
import io.github.mediaops.analytics.membership.ledger.PointsLedger;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tier evaluation and perk eligibility; the sums in the comments are done by hand. */
class TierProgramTest {
    private static final QualifyingRule SILVER_POINTS = QualifyingRule.points(500, Period.ofMonths(12));
    private static final QualifyingRule SILVER_SPEND = QualifyingRule.spend(Money.cny("1000"), Period.ofMonths(12));
    private static final QualifyingRule GOLD_POINTS = QualifyingRule.points(2000, Period.ofMonths(12));
    private static final TierProgram PROGRAM = TierProgram.builder()
            .zone(ZoneId.of("Asia/Shanghai"))
            .tier(new Tier("member", List.of(), List.of(Perk.free("newsletter"))))
            .tier(new Tier("silver", List.of(SILVER_POINTS, SILVER_SPEND), List.of(Perk.free("free-shipping"))))
            .tier(new Tier("gold", List.of(GOLD_POINTS), List.of(new Perk("lounge", 300))))
            .build();

    private MemberPoints alice;
    private List<Purchase> purchases;

    @BeforeEach
    void history() {
        alice = PointsLedger.builder().store(new InMemoryLedgerStore()).build().member("alice");
        alice.earn("order-1", 300, Instant.parse("2025-03-01T04:00:00Z"));
        alice.earn("order-2", 400, Instant.parse("2025-09-01T04:00:00Z"));
        purchases = List.of(new Purchase(Instant.parse("2024-12-01T04:00:00Z"), Money.cny("300")),
                new Purchase(Instant.parse("2025-02-01T04:00:00Z"), Money.cny("600.00")));
    }

    private TierEvaluation evaluate(Instant asOf) {
        return PROGRAM.evaluate(new MemberActivity("alice", alice.history(), purchases), asOf);
    }

    @Test
    void qualifies_by_the_rule_that_is_met_and_says_what_the_next_tier_lacks() {
        // Window (2025-01-10T04:00Z, 2026-01-10T04:00Z]: points 300 + 400 = 700 >= 500 (met);
        // spend 600 (the 300 of 2024-12-01 is outside) < 1000, missing 400; gold: 700 of 2000, missing 1300.
        TierEvaluation e = evaluate(Instant.parse("2026-01-10T04:00:00Z"));
        assertThat(e.tier().name()).isEqualTo("silver");
        assertThat(e.qualifying()).extracting(RuleCheck::met).containsExactly(true, false);
        assertThat(e.qualifying().get(0).measured()).isEqualByComparingTo("700");
        assertThat(e.qualifying().get(1).measured()).isEqualByComparingTo("600");
        assertThat(e.qualifying().get(1).missing()).isEqualByComparingTo("400");
        assertThat(e.qualifying().get(0).reason()).isEqualTo("silver: 700 of 500 points earned in P12M: met");
        assertThat(e.next()).map(Tier::name).contains("gold");
        assertThat(e.toNext()).singleElement().satisfies(c -> {
            assertThat(c.met()).isFalse();
            assertThat(c.missing()).isEqualByComparingTo("1300");
        });
    }

    @Test
    void the_window_is_rolling_and_excludes_its_start() {
        // asOf 2026-03-01T04:00Z: the window starts exactly at order-1's instant, which is excluded -> 400 points,
        // 0 spend: the entry tier; silver misses 100 points or 1000 CNY.
        TierEvaluation e = evaluate(Instant.parse("2026-03-01T04:00:00Z"));
        assertThat(e.tier().name()).isEqualTo("member");
        assertThat(e.qualifying()).isEmpty();
        assertThat(e.toNext()).extracting(RuleCheck::missing)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("1000"));
        // One second earlier order-1 is still inside: 700 points, silver.
        assertThat(evaluate(Instant.parse("2026-03-01T03:59:59Z")).tier().name()).isEqualTo("silver");
    }

    @Test
    void reversed_points_do_not_qualify() {
        alice.reverse("order-2", Instant.parse("2025-10-01T00:00:00Z"));
        // 700 - 400 = 300 < 500 and spend 600 < 1000.
        assertThat(evaluate(Instant.parse("2026-01-10T04:00:00Z")).tier().name()).isEqualTo("member");
    }

    @Test
    void spend_alone_can_qualify() {
        purchases = List.of(new Purchase(Instant.parse("2025-12-01T00:00:00Z"), Money.cny("1000.00")));
        alice = PointsLedger.builder().store(new InMemoryLedgerStore()).build().member("alice");
        TierEvaluation e = evaluate(Instant.parse("2026-01-10T04:00:00Z"));
        assertThat(e.tier().name()).isEqualTo("silver");
        assertThat(e.qualifying()).extracting(RuleCheck::met).containsExactly(false, true);
    }

    @Test
    void perks_say_why_they_can_or_cannot_be_claimed() {
        Instant now = Instant.parse("2026-01-10T04:00:00Z");
        List<PerkEligibility> perks = PROGRAM.perks(evaluate(now), alice.balance(now));
        assertThat(perks).extracting(p -> p.perk().id()).containsExactly("newsletter", "free-shipping", "lounge");
        assertThat(perks).extracting(PerkEligibility::eligible).containsExactly(true, true, false);
        assertThat(perks.get(2).reasons()).containsExactly("requires tier gold, member is silver",
                "costs 300 points, 700 available");
    }

    @Test
    void a_perk_of_the_members_tier_is_refused_when_points_are_short() {
        TierProgram program = TierProgram.builder().zone(ZoneId.of("Asia/Shanghai"))
                .tier(new Tier("member", List.of(), List.of(new Perk("mug", 800)))).build();
        Instant now = Instant.parse("2026-01-10T04:00:00Z");
        TierEvaluation e = program.evaluate(new MemberActivity("alice", alice.history(), List.of()), now);
        assertThat(program.perks(e, alice.balance(now))).singleElement().satisfies(p -> {
            assertThat(p.eligible()).isFalse();
            assertThat(p.reasons()).contains("costs 800 points, 700 available (short 100)");
        });
    }

    @Test
    void bad_programmes_and_inputs_fail_with_the_field_named() {
        assertThatThrownBy(() -> TierProgram.builder().zone(ZoneId.of("UTC"))
                .tier(new Tier("silver", List.of(SILVER_POINTS), List.of())).build())
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("tiers[0].anyOf");
        assertThatThrownBy(() -> TierProgram.builder().zone(ZoneId.of("UTC"))
                .tier(new Tier("member", List.of(), List.of()))
                .tier(new Tier("member", List.of(SILVER_POINTS), List.of())).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("duplicate tier name member");
        assertThatThrownBy(() -> TierProgram.builder().tier(new Tier("member", List.of(), List.of())).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("zone");
        assertThatThrownBy(() -> QualifyingRule.points(100, Period.ZERO))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> QualifyingRule.spend(Money.cny("0"), Period.ofMonths(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("minimum");
        assertThatThrownBy(() -> new MemberActivity("bob", alice.history(), List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("alice")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("ledger");
        assertThatThrownBy(() -> new Perk("lounge", -1))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("pointsCost");
    }
}
