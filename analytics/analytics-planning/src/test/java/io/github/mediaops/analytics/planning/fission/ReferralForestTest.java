package io.github.mediaops.analytics.planning.fission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralForestTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    /** 10 seeds; every user of generations 0..2 refers exactly two: 10 -> 20 -> 40 -> 80. */
    static List<JoinEvent> doubling() {
        List<JoinEvent> events = new ArrayList<>();
        java.util.Map<String, Instant> joined = new java.util.HashMap<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(JoinEvent.seed("s" + i, T0));
            joined.put("s" + i, T0);
            current.add("s" + i);
        }
        for (int g = 1; g <= 3; g++) {
            List<String> next = new ArrayList<>();
            for (String u : current) {
                for (int k = 0; k < 2; k++) {
                    String id = u + "." + k;
                    // child k joins 1 day + k hours after its referrer: cycle times 24 h and 25 h
                    Instant at = joined.get(u).plus(Duration.ofDays(1)).plus(Duration.ofHours(k));
                    events.add(JoinEvent.user(id).referredBy(u, at));
                    joined.put(id, at);
                    next.add(id);
                }
            }
            current = next;
        }
        return events;
    }

    @Test
    void k_factor_two_grows_10_30_70_150() {
        ReferralForest f = ReferralForest.of(doubling());
        assertThat(f.generationSizes()).containsExactly(10, 20, 40, 80);
        assertThat(f.cumulativeSizes()).containsExactly(10, 30, 70, 150);
        assertThat(f.kByGeneration()).containsExactly(2.0, 2.0, 2.0);
        assertThat(f.overallK()).isEqualTo(140.0 / 70.0);
        assertThat(f.depth()).isEqualTo(3);
        assertThat(f.size()).isEqualTo(150);
        assertThat(f.generationOf("s3.1.0")).isEqualTo(2);
    }

    @Test
    void cycle_time_is_measured_from_referrer_join_to_invitee_join() {
        ReferralForest f = ReferralForest.of(doubling());
        // every child k joins 1 day + k hours after its referrer: half 24 h, half 25 h
        assertThat(f.meanCycleTime()).contains(Duration.ofMinutes(24 * 60 + 30));
        assertThat(f.medianCycleTime()).contains(Duration.ofMinutes(24 * 60 + 30));
    }

    @Test
    void declining_campaign_has_k_below_one() {
        List<JoinEvent> e = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            e.add(JoinEvent.seed("s" + i, T0));
        }
        for (int i = 0; i < 5; i++) {
            e.add(JoinEvent.user("a" + i).referredBy("s" + i, T0.plusSeconds(60)));
        }
        e.add(JoinEvent.user("b0").referredBy("a0", T0.plusSeconds(120)));
        ReferralForest f = ReferralForest.of(e);
        assertThat(f.kByGeneration()).containsExactly(0.5, 0.2);
        assertThat(f.overallK()).isEqualTo(6.0 / 15.0);
    }

    @Test
    void structural_virality_of_star_and_chain_match_the_closed_forms() {
        List<JoinEvent> star = new ArrayList<>(List.of(JoinEvent.seed("r", T0)));
        List<JoinEvent> chain = new ArrayList<>(List.of(JoinEvent.seed("c0", T0)));
        for (int i = 1; i < 5; i++) {
            star.add(JoinEvent.user("l" + i).referredBy("r", T0.plusSeconds(i)));
            chain.add(JoinEvent.user("c" + i).referredBy("c" + (i - 1), T0.plusSeconds(i)));
        }
        assertThat(ReferralForest.of(star).cascades().get(0).structuralVirality()).isCloseTo(2.0 * 4 / 5, within(1e-12));
        assertThat(ReferralForest.of(chain).cascades().get(0).structuralVirality()).isCloseTo(6.0 / 3, within(1e-12));
        assertThat(ReferralForest.of(List.of(JoinEvent.seed("x", T0))).cascades().get(0).structuralVirality()).isZero();
    }

    @Test
    void structural_virality_matches_networkx_all_pairs_shortest_paths() throws IOException {
        List<String> rows;
        try (InputStream in = getClass().getResourceAsStream("/golden/structural_virality.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        assertThat(rows).hasSize(14);
        for (String row : rows) {
            String[] f = row.split(",");
            List<JoinEvent> events = new ArrayList<>(List.of(JoinEvent.seed("0", T0)));
            for (String edge : f[4].split(";")) {
                String[] pc = edge.split("-");
                events.add(JoinEvent.user(pc[1]).referredBy(pc[0], T0.plusSeconds(Long.parseLong(pc[1]))));
            }
            Cascade c = ReferralForest.of(events).cascades().get(0);
            assertThat(c.size()).as(f[0]).isEqualTo(Integer.parseInt(f[1]));
            assertThat(c.depth()).as(f[0]).isEqualTo(Integer.parseInt(f[2]));
            assertThat(c.structuralVirality()).as(f[0]).isCloseTo(Double.parseDouble(f[3]), within(1e-9));
        }
    }

    @Test
    void rejects_empty_history_duplicate_users_unknown_or_late_referrers_and_self_referral() {
        assertThatThrownBy(() -> ReferralForest.of(List.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReferralForest.of(List.of(JoinEvent.seed("a", T0), JoinEvent.seed("a", T0.plusSeconds(1)))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("joined twice");
        assertThatThrownBy(() -> ReferralForest.of(List.of(JoinEvent.user("b").referredBy("ghost", T0))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("never joined");
        assertThatThrownBy(() -> ReferralForest.of(List.of(JoinEvent.seed("a", T0.plusSeconds(10)),
                JoinEvent.user("b").referredBy("a", T0)))).isInstanceOf(InvalidValueException.class).hasMessageContaining("after");
        assertThatThrownBy(() -> JoinEvent.user("a").referredBy("a", T0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReferralForest.of(List.of(JoinEvent.seed("s", T0), JoinEvent.user("a").referredBy("b", T0),
                JoinEvent.user("b").referredBy("a", T0)))).isInstanceOf(InvalidValueException.class).hasMessageContaining("cycle");
    }

    @Test
    void projection_with_k_two_and_k_half() {
        List<ViralProjection.Step> up = ViralProjection.of(10, 2.0).project(3, Duration.ofDays(2));
        assertThat(up).extracting(ViralProjection.Step::cumulative).containsExactly(10.0, 30.0, 70.0, 150.0);
        assertThat(up.get(3).after()).isEqualTo(Duration.ofDays(6));
        assertThat(ViralProjection.of(10, 2.0).limit()).isEmpty();
        List<ViralProjection.Step> down = ViralProjection.of(10, 0.5).project(3, Duration.ofDays(2));
        assertThat(down).extracting(ViralProjection.Step::newUsers).containsExactly(10.0, 5.0, 2.5, 1.25);
        assertThat(ViralProjection.of(10, 0.5).limit()).hasValue(20.0);
        assertThat(ViralProjection.of(10, 2.0).cyclesToReach(150)).hasValue(3);
        assertThat(ViralProjection.of(10, 0.5).cyclesToReach(20)).isEmpty();
        assertThat(ViralProjection.of(10, 0.5).cyclesToReach(19)).hasValue(4); // cycles 0..4: 10+5+2.5+1.25+0.625 = 19.375
    }

    @Test
    void cost_per_acquired_user_includes_capped_rewards() {
        ReferralForest f = ReferralForest.of(doubling());
        FissionCost cost = FissionCost.builder().fixedCost(Money.cny("1000")).referrerReward(Money.cny("5")).welcomeReward(Money.cny("2")).maxRewardedPerReferrer(Integer.MAX_VALUE).build();
        FissionCost.Result r = cost.of(f);
        // 140 referred users: 1000 + 140*5 + 140*2 = 1980; 1980 / 140 = 14.142857.. -> 14.14
        assertThat(r.total()).isEqualTo(Money.cny("1980"));
        assertThat(r.acquiredUsers()).isEqualTo(140);
        assertThat(r.perAcquiredUser()).contains(Money.cny("14.14"));
        FissionCost capped = FissionCost.builder().fixedCost(Money.cny("1000")).referrerReward(Money.cny("5")).welcomeReward(Money.cny("2")).maxRewardedPerReferrer(1).build();
        assertThat(capped.of(f).rewardedReferrals()).isEqualTo(70);
        assertThat(capped.of(f).total()).isEqualTo(Money.cny("1630"));
        assertThat(cost.of(ReferralForest.of(List.of(JoinEvent.seed("a", T0)))).perAcquiredUser()).isEmpty();
        assertThatThrownBy(() -> FissionCost.builder().fixedCost(Money.cny("1")).referrerReward(Money.of(1, "USD")).welcomeReward(Money.cny("1")).maxRewardedPerReferrer(1).build())
                .isInstanceOf(io.github.mediaops.core.CurrencyMismatchException.class);
    }
}
