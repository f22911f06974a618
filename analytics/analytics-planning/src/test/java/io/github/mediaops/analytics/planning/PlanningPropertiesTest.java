package io.github.mediaops.analytics.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.planning.fission.Cascade;
import io.github.mediaops.analytics.planning.fission.JoinEvent;
import io.github.mediaops.analytics.planning.fission.ReferralForest;
import io.github.mediaops.analytics.planning.lottery.EligibilityRules;
import io.github.mediaops.analytics.planning.lottery.Lottery;
import io.github.mediaops.analytics.planning.lottery.LotteryAudit;
import io.github.mediaops.analytics.planning.lottery.LotteryCommitment;
import io.github.mediaops.analytics.planning.lottery.LotteryEntry;
import io.github.mediaops.analytics.planning.leads.UtmLinks;
import io.github.mediaops.analytics.planning.leads.UtmParams;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Invariants of the planning engines over generated inputs. */
class PlanningPropertiesTest {
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @Property(tries = 200)
    void an_honest_draw_always_verifies_and_winners_are_distinct_eligible_users(
            @ForAll @IntRange(min = 0, max = 40) int entries, @ForAll @IntRange(min = 1, max = 5) int prizes,
            @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<LotteryEntry> list = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            list.add(LotteryEntry.builder().userId("u" + r.nextInt(15)).enteredAt(T0.plusSeconds(r.nextInt(200) - 20)).text(r.nextBoolean() ? "抽我" : "hi").follows(r.nextBoolean()).accountCreatedAt(null).build());
        }
        String s = String.format("%016x%016x", r.nextLong(), r.nextLong());   // 16 bytes; production uses newSeed
        LotteryCommitment c = LotteryCommitment.builder().lotteryId("p").secretSeed(s).beacon("beacon").closeAt(T0.plusSeconds(150)).rules(EligibilityRules.oneEntryPerUser().keyword("抽我")).winners(prizes).beaconAt(T0.plusSeconds(180)).build();
        LotteryAudit audit = Lottery.draw(c, list, s, "value-" + seed);
        assertThat(Lottery.verify(audit, c, Lottery.entryListHash(list)).valid()).isTrue();
        assertThat(audit.winners()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(prizes);
        long eligible = audit.decisions().stream().filter(d -> d.eligible()).count();
        assertThat(audit.winners()).hasSize((int) Math.min(prizes, eligible));
    }

    @Property(tries = 200)
    void structural_virality_equals_brute_force_mean_pairwise_distance(
            @ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<JoinEvent> events = new ArrayList<>(List.of(JoinEvent.seed("0", T0)));
        Map<Integer, List<Integer>> adj = new HashMap<>();
        for (int c = 1; c < n; c++) {
            int p = r.nextInt(c);
            events.add(JoinEvent.user(Integer.toString(c)).referredBy(Integer.toString(p), T0.plusSeconds(c)));
            adj.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            adj.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
        }
        Cascade cascade = ReferralForest.of(events).cascades().get(0);
        double sum = 0;
        for (int a = 0; a < n; a++) {
            int[] dist = new int[n];
            java.util.Arrays.fill(dist, -1);
            dist[a] = 0;
            Deque<Integer> q = new ArrayDeque<>(List.of(a));
            while (!q.isEmpty()) {
                int u = q.poll();
                for (int v : adj.getOrDefault(u, List.of())) {
                    if (dist[v] < 0) {
                        dist[v] = dist[u] + 1;
                        q.add(v);
                    }
                }
            }
            for (int d : dist) {
                sum += d;
            }
        }
        double expected = n < 2 ? 0 : sum / ((double) n * (n - 1));
        assertThat(cascade.structuralVirality()).isCloseTo(expected, within(1e-9));
        assertThat(cascade.size()).isEqualTo(n);
    }

    @Property(tries = 200)
    void utm_tagging_round_trips_any_text(@ForAll @StringLength(min = 1, max = 30) String campaign,
                                          @ForAll @StringLength(min = 1, max = 30) String content) {
        Assume.that(!campaign.isBlank() && !content.isBlank());
        UtmParams utm = UtmParams.builder().source("douyin").medium("social").campaign(campaign).build().withContent(content);
        assertThat(UtmLinks.parse(UtmLinks.tag("https://shop.example/a?x=1#f", utm, null))).contains(utm);
    }
}
