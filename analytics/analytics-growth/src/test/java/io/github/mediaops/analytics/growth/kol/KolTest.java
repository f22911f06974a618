package io.github.mediaops.analytics.growth.kol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KolTest {
    private static final Golden G = Golden.load("kol.txt");

    @Test
    void cost_metrics_and_engagement_rate_with_the_platform_denominator() {
        KolStats s = KolStats.builder(Platform.DOUYIN, Money.cny("30000"), 1_200_000)
                .impressions(2_000_000).views(850_000).likes(42_000).comments(3_100).shares(1_900).saves(3_000).followersGained(1_500).build();
        KolReport r = KolEvaluator.defaults().evaluate(s);
        assertThat(r.cpm()).contains(Money.cny("15.00"));
        assertThat(r.cpe()).contains(Money.cny("0.60"));    // 30000 / 50000
        assertThat(r.cpv()).contains(Money.cny("0.04"));    // 30000 / 850000 = 0.0353 -> 0.04
        assertThat(r.costPerFollower()).contains(Money.cny("20.00"));
        assertThat(r.denominator()).isEqualTo(EngagementDenominator.VIEWS);
        assertThat(r.engagementRate().getAsDouble()).isCloseTo(50_000.0 / 850_000, within(1e-15));
        assertThat(r.estimatedReach()).isCloseTo(2_000_000 / 1.3, within(1e-6));
        assertThat(r.reachIsEstimate()).isTrue();
        KolReport byFollowers = KolEvaluator.defaults().evaluate(s, EngagementDenominator.FOLLOWERS);
        assertThat(byFollowers.engagementRate().getAsDouble()).isCloseTo(50_000.0 / 1_200_000, within(1e-15));
        assertThat(EngagementDenominator.defaultFor(Platform.WEIBO)).isEqualTo(EngagementDenominator.FOLLOWERS);
    }

    @Test
    void absent_counts_give_absent_metrics_not_zero() {
        KolStats s = KolStats.builder(Platform.WEIBO, Money.cny("5000"), 80_000).build();
        KolReport r = KolEvaluator.defaults().evaluate(s);
        assertThat(r.cpm()).isEmpty();
        assertThat(r.cpe()).isEmpty();
        assertThat(r.cpv()).isEmpty();
        assertThat(r.costPerFollower()).isEmpty();
        assertThat(r.engagementRate().getAsDouble()).isZero(); // 0 engagements over 80000 followers is known
        assertThat(r.estimatedReach()).isEqualTo(8000);
        KolReport views = KolEvaluator.defaults().evaluate(s, EngagementDenominator.VIEWS);
        assertThat(views.engagementRate()).isEmpty();
    }

    @Test
    void rejects_negative_counts_and_costs() {
        assertThatThrownBy(() -> KolStats.builder(Platform.DOUYIN, Money.cny("-1"), 10).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("cost");
        assertThatThrownBy(() -> KolStats.builder(Platform.DOUYIN, Money.cny("1"), 10).views(-5).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("views");
        assertThatThrownBy(() -> new KolEvaluator(0.5, 0.1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void stats_are_built_with_every_count_named_and_compare_as_values() {
        KolStats a = KolStats.builder(Platform.DOUYIN, Money.cny("100"), 10).likes(3).saves(1).views(50).build();
        KolStats b = KolStats.builder(Platform.DOUYIN, Money.cny("100.00"), 10).views(50).saves(1).likes(3).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.likes()).isEqualTo(3);
        assertThat(a.saves()).isEqualTo(1);
        assertThat(a.engagements()).isEqualTo(4);
        assertThat(a.views()).hasValue(50);
        assertThat(a.impressions()).isEmpty();
        assertThat(a).isNotEqualTo(KolStats.builder(Platform.DOUYIN, Money.cny("100"), 10).likes(1).saves(3).views(50).build());
        assertThat(a.toString()).contains("likes=3").contains("saves=1");
    }

    @Test
    void audience_overlap_from_sets_and_counts() {
        AudienceOverlap o = AudienceOverlap.booked(Set.of("a", "b", "c", "d")).candidate(Set.of("c", "d", "e"));
        assertThat(o.intersection()).isEqualTo(2);
        assertThat(o.union()).isEqualTo(5);
        assertThat(o.jaccard()).isEqualTo(0.4);
        assertThat(o.overlapCoefficient()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(o.incrementalReachOfB()).isEqualTo(1);
        assertThat(AudienceOverlap.bookedSize(0).candidateSize(0).shared(0).jaccard()).isZero();
        assertThatThrownBy(() -> AudienceOverlap.bookedSize(10).candidateSize(5).shared(6)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("cannot exceed");
    }

    @Test
    void wci_v2_reproduces_the_published_worked_example() {
        // R = 10000, R/n = 100 (so 100 articles), Rmax = 300, Z = 4000, Z/n = 40, Zmax = 60
        InfluenceIndex.Result r = InfluenceIndex.wciV2().compute(AccountActivity.builder().days(30).articles(100)
                .reads(10000).maxReads(300).likes(4000).maxLikes(60).build());
        assertThat(r.value()).isCloseTo(411.4875079, within(1e-6)); // published value
        assertThat(r.value()).isCloseTo(G.scalar("wci_v2_example"), within(1e-9));
        assertThat(r.groupScores().get("reading")).isCloseTo(6.617046919, within(1e-8)); // published intermediate
        assertThat(r.groupScores().get("likes")).isCloseTo(5.605458353, within(1e-8));
    }

    @Test
    void wci_v14_2_matches_independent_computation_of_the_published_formula() {
        AccountActivity in = AccountActivity.builder().days(30).articles(45)
                .reads(612000).zaikan(5300).likes(8800).shares(4100)
                .headlineReads(420000).headlineZaikan(3900).headlineLikes(6100).headlineShares(3000)
                .maxReads(100001).maxZaikan(900).maxLikes(1500).maxShares(800).build();
        assertThat(InfluenceIndex.wciV14_2().compute(in).value()).isCloseTo(G.scalar("wci_v14_2_month"), within(1e-9));
    }

    @Test
    void influence_index_weights_are_configurable_and_inputs_checked() {
        InfluenceIndex own = InfluenceIndex.of(List.of(new InfluenceIndex.Group("plays", 1,
                List.of(InfluenceIndex.Term.of(InfluenceIndex.Input.READS_PER_ARTICLE, 1))))).withScale(100);
        // one term, weight 1, power 1, scale 100: 100 · ln(R/n + 1)
        long articles = 7;
        long reads = Math.round((Math.E - 1) * articles * 1e6);
        double expected = 100 * Math.log((double) reads / articles + 1);
        assertThat(own.compute(AccountActivity.builder().articles((int) articles).reads(reads).build()).value())
                .isCloseTo(expected, within(1e-12));
        assertThatThrownBy(() -> own.compute(AccountActivity.builder().likes(1).build())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("[READS, ARTICLES]");
        assertThatThrownBy(() -> AccountActivity.builder().reads(-1)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("reads");
        assertThatThrownBy(() -> AccountActivity.builder().articles(0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("articles");
    }

    @Test
    void authenticity_flags_a_bought_follower_spike_and_canned_comments() {
        long[] gain = {120, 135, 98, 110, 140, 125, 5200, 130, 118, 101};
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            comments.add(i % 2 == 0 ? "好看！" : "好看");
        }
        for (int i = 0; i < 40; i++) {
            comments.add("第" + i + "条：这个色号在黄皮上也很显白");
        }
        AuthenticityCheck.Report r = AuthenticityCheck.defaults().assess(AuthenticityCheck.Evidence.builder().followers(500_000).engagements(1_000).comments(comments).dailyFollowerGain(gain).build());
        Map<String, AuthenticityCheck.Contribution> by = new java.util.HashMap<>();
        r.contributions().forEach(c -> by.put(c.signal(), c));
        assertThat(by.get(AuthenticityCheck.FOLLOWER_SPIKE).rawValue()).isCloseTo(G.scalar("spike_z"), within(1e-9));
        assertThat(by.get(AuthenticityCheck.FOLLOWER_SPIKE).suspicion()).isEqualTo(1.0);
        assertThat(by.get(AuthenticityCheck.COMMENT_DUPLICATION).rawValue()).isCloseTo(59.0 / 100, within(1e-12));
        // engagement per follower 0.002 is below 0.005: log10(2.5) suspicion
        assertThat(by.get(AuthenticityCheck.ENGAGEMENT_RATE).suspicion()).isCloseTo(Math.log10(2.5), within(1e-12));
        double expected = 100 * (0.4 * Math.log10(2.5) + 0.3 * ((0.59 - 0.3) / 0.7) + 0.3 * 1.0);
        assertThat(r.riskScore()).isCloseTo(expected, within(1e-9));
        assertThat(by.get(AuthenticityCheck.FOLLOWER_SPIKE).explanation()).contains("5200");
    }

    @Test
    void authenticity_of_a_healthy_account_is_low_and_missing_history_is_neutral() {
        List<String> comments = List.of("讲得很清楚，收藏了", "第二个方法试了有用", "求出续集", "背景音乐是什么");
        AuthenticityCheck.Report r = AuthenticityCheck.defaults().assess(AuthenticityCheck.Evidence.builder().followers(100_000).engagements(4_000).comments(comments).dailyFollowerGain(new long[] {50, 60}).build());
        assertThat(r.riskScore()).isZero();
        assertThat(r.contributions()).anyMatch(c -> c.explanation().contains("fewer than 3 days"));
        assertThatThrownBy(() -> AuthenticityCheck.defaults().assess(AuthenticityCheck.Evidence.builder().followers(0).engagements(1).comments(List.of()).dailyFollowerGain(new long[0]).build()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("followers");
        assertThatThrownBy(() -> AuthenticityCheck.Evidence.builder().build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("[followers, engagements]");
        assertThatThrownBy(() -> new AuthenticityCheck(0.005, 0.15, 2, 0.3, 6, Map.of("engagement_rate", 1.0)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("comment_duplication");
    }
}
