package io.github.mediaops.analytics.growth.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.VerificationState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthScoreTest {

    @Test
    void score_is_the_weighted_sum_of_sub_scores_with_every_part_listed() {
        HealthSignals s = HealthSignals.builder()
                .weeklyPosts(List.of(3L, 4L, 1L, 3L))
                .weeklyEngagementRates(List.of(0.040, 0.044, 0.0484, 0.05324)) // +10% a week
                .violations(1).takedowns(0)
                .followerQuality(0.9)
                .verification(VerificationState.ENTERPRISE)
                .build();
        HealthScore.Report r = HealthScore.defaults().score(s);
        double posting = (1 + 1 + 1.0 / 3 + 1) / 4;
        double trend = 0.5 + 0.5 * Math.tanh(Math.log(1.1) / 0.10);
        double viol = Math.exp(-0.5);
        double expected = 100 * (0.25 * posting + 0.25 * trend + 0.25 * viol + 0.15 * 0.9 + 0.10 * 1);
        assertThat(r.score()).isCloseTo(expected, within(1e-9));
        assertThat(r.contributions()).hasSize(5);
        assertThat(r.contributions().stream().mapToDouble(HealthScore.Contribution::points).sum()).isCloseTo(r.score(), within(1e-9));
        assertThat(r.contributions().get(1).explanation()).contains("+10.0% a week");
        assertThat(r.missing()).isEmpty();
    }

    @Test
    void missing_signals_are_left_out_and_their_weight_shared() {
        HealthSignals s = HealthSignals.builder().violations(0).takedowns(0).verification(VerificationState.UNVERIFIED).build();
        HealthScore.Report r = HealthScore.defaults().score(s);
        // violations sub-score 1 with weight 0.25, verification 0 with weight 0.10
        assertThat(r.score()).isCloseTo(100 * 0.25 / 0.35, within(1e-9));
        assertThat(r.missing()).containsExactly("posting", "engagement_trend", "follower_quality");
    }

    @Test
    void takedowns_weigh_more_than_warnings_and_declining_engagement_scores_below_half() {
        HealthScore h = HealthScore.defaults();
        double warnings = h.score(HealthSignals.builder().violations(3).takedowns(0).build()).score();
        double takedown = h.score(HealthSignals.builder().violations(0).takedowns(1).build()).score();
        assertThat(takedown).isCloseTo(warnings, within(1e-9)); // one takedown counts as three violations
        double declining = h.score(HealthSignals.builder().weeklyEngagementRates(List.of(0.06, 0.05, 0.04, 0.03)).build()).score();
        assertThat(declining).isLessThan(50);
    }

    @Test
    void rejects_no_signals_bad_weights_and_bad_values() {
        assertThatThrownBy(() -> HealthScore.defaults().score(HealthSignals.builder().build()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no signal");
        assertThatThrownBy(() -> HealthScore.defaults().toBuilder().weights(Map.of("posting", 1.0)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("engagement_trend");
        assertThatThrownBy(() -> HealthSignals.builder().followerQuality(1.5).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("followerQuality");
        assertThatThrownBy(() -> HealthSignals.builder().weeklyPosts(List.of(-1L)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("weeklyPosts[0]");
    }

    @Test
    void violations_without_takedowns_name_the_missing_one() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HealthSignals.builder().violations(2).build())
                .isInstanceOf(io.github.mediaops.core.InvalidValueException.class)
                .hasMessageStartingWith("health signals are missing takedowns");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HealthSignals.builder().takedowns(1).build())
                .hasMessageStartingWith("health signals are missing violations");
    }
}
