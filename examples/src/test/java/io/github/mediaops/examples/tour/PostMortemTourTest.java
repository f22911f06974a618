package io.github.mediaops.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.abtest.Decision;
import io.github.mediaops.analytics.measure.campaign.GoalResult;
import io.github.mediaops.analytics.postmortem.CampaignPostMortem;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.lead.LeadAction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A post-mortem built from a {@code Campaign} and the WeChat connector's snapshots taken from its
 * simulator over loopback HTTP. Every goal-vs-actual line is checked against values computed by hand
 * from the simulator's documented data (src/test/python/postmortem_expected.py prints the working):
 *
 * <pre>
 * reads per article and day (2026-11-24..26): 687 688 689 (2650000001), 718 719 720 (2650000002)
 * views 4221; shares 42+43+43+44+44+45 = 261; saves 7+7+7+7+7+8 = 43
 * followers gained 112+163+64 = 339, lost 5+8+2 = 15, net 324; start 1,217,837 - (112 - 5) = 1,217,730
 * </pre>
 */
class PostMortemTourTest {
    private static final CampaignPostMortem PM = PostMortemTour.postMortem();

    @Test
    void every_goal_line_matches_the_hand_computed_value() {
        List<GoalResult> g = PM.goals();
        assertThat(g).hasSize(9);
        line(g.get(0), "views", 4221, 4000, GoalResult.Status.MET);
        line(g.get(1), "engagement_rate", 304.0 / 4221, 0.08, GoalResult.Status.MISSED);   // (261 + 43) / 4221
        assertThat(g.get(1).actual().orElseThrow().basis()).startsWith("(shares + saves) / views = 304 / 4221");
        line(g.get(2), "follower_growth", 324, 300, GoalResult.Status.MET);
        line(g.get(3), "follower_growth_rate", 324.0 / 1_217_730, 0.0003, GoalResult.Status.MISSED);
        line(g.get(4), "private_traffic_leads", 3, 5, GoalResult.Status.MISSED);   // u1, u2, u3; u4 is on Nov 27 in Beijing
        line(g.get(5), "roas", 160_000.0 / 52_300, 3.0, GoalResult.Status.MET);
        assertThat(g.get(6).kpi().id()).isEqualTo("completion_rate");
        assertThat(g.get(6).status()).isEqualTo(GoalResult.Status.NOT_MEASURED);        // WeChat reports no completion
        assertThat(g.get(6).reason().orElseThrow()).isEqualTo("completion_rate reported by 0 of 6 snapshots");
        line(g.get(7), "search_rank", 4, 3, GoalResult.Status.MISSED);             // lower is better
        line(g.get(8), "views", 687 + 718, 1400, GoalResult.Status.MET);           // the first day only
    }

    private static void line(GoalResult r, String kpiId, double actual, double target, GoalResult.Status status) {
        assertThat(r.kpi().id()).isEqualTo(kpiId);
        assertThat(r.goal().target()).as(kpiId).isEqualTo(target);
        assertThat(r.actual().orElseThrow().value()).as(r.kpi().id()).isCloseTo(actual, within(1e-12));
        assertThat(r.variance().getAsDouble()).as(r.kpi().id()).isCloseTo(actual - target, within(1e-9));
        assertThat(r.status()).as(r.kpi().id()).isEqualTo(status);
    }

    @Test
    void spend_leads_and_the_ab_test_come_from_the_domain_objects() {
        assertThat(PM.spend().overspent()).isTrue();
        assertThat(PM.spend().overspend()).isEqualTo(Money.cny("2300.00"));
        assertThat(PM.spend().budgetUsed().getAsDouble()).isCloseTo(52_300.0 / 50_000, within(1e-12));
        assertThat(PM.leads()).isEqualTo(3);
        assertThat(PM.leadsByAction()).isEqualTo(Map.of(LeadAction.FOLLOW, 2L, LeadAction.ADD_CONTACT, 1L,
                LeadAction.SIGN_UP, 1L));
        assertThat(PM.experiments()).singleElement().satisfies(e -> {
            assertThat(e.verdict()).isEqualTo(Decision.Verdict.WINNER);
            assertThat(e.absoluteEffect()).isCloseTo(1150.0 / 20_000 - 1000.0 / 20_000, within(1e-12));
            assertThat(e.relativeLift().orElseThrow()).isCloseTo(0.15, within(1e-12));
        });
        assertThat(PM.goals(GoalResult.Status.MET)).hasSize(4);
        assertThat(PM.goals(GoalResult.Status.MISSED)).hasSize(4);
        assertThat(PM.actuals()).containsKeys("views", "engagement_rate", "follower_growth", "roas", "roi", "gmv");
    }
}
