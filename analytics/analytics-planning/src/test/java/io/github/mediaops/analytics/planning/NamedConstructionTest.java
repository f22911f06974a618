package io.github.mediaops.analytics.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.analytics.planning.checkin.Challenge;
import io.github.mediaops.analytics.planning.fission.FissionCost;
import io.github.mediaops.analytics.planning.inbox.InboxItem;
import io.github.mediaops.analytics.planning.inbox.Priority;
import io.github.mediaops.analytics.planning.inbox.SlaPolicy;
import io.github.mediaops.analytics.planning.leads.UtmLinks;
import io.github.mediaops.analytics.planning.leads.UtmParams;
import io.github.mediaops.analytics.planning.lottery.EligibilityRules;
import io.github.mediaops.analytics.planning.lottery.LotteryCommitment;
import io.github.mediaops.analytics.planning.trends.HotTopicMatcher;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inputs built by name: every missing part is named at once, and swaps that validation can see are refused. */
class NamedConstructionTest {

    @Test
    void builders_name_every_missing_part_at_once() {
        assertThatThrownBy(() -> Challenge.builder().id("c").days(21).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("check-in challenge is missing start, zone, requiredDays, requiredStreak");
        assertThatThrownBy(() -> FissionCost.builder().referrerReward(Money.cny("5")).build())
                .hasMessage("fission cost is missing fixedCost, welcomeReward");
        assertThatThrownBy(() -> InboxItem.builder().text("hi").build())
                .hasMessage("inbox item is missing id, kind, platform, authorId, receivedAt");
        assertThatThrownBy(() -> UtmParams.builder().medium("social").build())
                .hasMessage("UTM parameters is missing source, campaign");
        assertThatThrownBy(() -> HotTopicMatcher.builder().minHeatGrowth(0.5).build())
                .hasMessage("hot topic matcher is missing themes, window, minRankVelocity");
        assertThatThrownBy(() -> LotteryCommitment.builder().lotteryId("x").winners(1)
                .rules(EligibilityRules.oneEntryPerUser()).build())
                .hasMessage("lottery commitment is missing seedCommitment, beacon, closeAt, beaconAt");
    }

    @Test
    void a_complete_builder_gives_the_value_and_round_trips_through_to_builder() {
        Challenge c = Challenge.builder().id("21-day").start(LocalDate.of(2026, 12, 1)).days(21)
                .zone(ZoneId.of("Asia/Shanghai")).requiredDays(15).requiredStreak(7).build();
        assertThat(c.requiredDays()).isEqualTo(15);
        assertThat(c.requiredStreak()).isEqualTo(7);
        assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(FissionCost.builder().fixedCost(Money.cny("100")).referrerReward(Money.cny("5"))
                .welcomeReward(Money.cny("2")).build().maxRewardedPerReferrer()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void a_tracking_code_swapped_into_the_url_is_refused() {
        UtmParams utm = UtmParams.builder().source("xiaohongshu").medium("social").campaign("d11").build();
        assertThat(UtmLinks.tag("https://shop.example/d11", utm, "mAbcdefghijk"))
                .isEqualTo("https://shop.example/d11?utm_source=xiaohongshu&utm_medium=social&utm_campaign=d11&mo=mAbcdefghijk");
        assertThatThrownBy(() -> UtmLinks.tag("mAbcdefghijk", utm, "https://shop.example/d11"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("url must be an absolute http(s) link");
    }

    @Test
    void swapped_sla_maps_are_refused() {
        assertThatThrownBy(() -> new SlaPolicy(SlaPolicy.DEFAULT.resolution(), SlaPolicy.DEFAULT.firstResponse()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("resolution for P1");
        Map<Priority, Duration> same = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            same.put(p, Duration.ofHours(1));
        }
        assertThat(new SlaPolicy(same, same).resolution()).isEqualTo(same);
    }

    @Test
    void an_archived_commitment_rebuilds_equal_to_the_published_one() {
        Instant close = Instant.parse("2026-12-01T12:00:00Z");
        LotteryCommitment published = LotteryCommitment.builder().lotteryId("xmas").secretSeed("00".repeat(32))
                .beacon("drand quicknet round 1").closeAt(close).beaconAt(close.plusSeconds(60))
                .rules(EligibilityRules.oneEntryPerUser()).winners(3).build();
        // SHA-256 of 32 zero bytes (FIPS 180-4), as published in the commitment
        assertThat(published.seedCommitment()).isEqualTo("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925");
        assertThat(published.toBuilder().build()).isEqualTo(published);
    }
}
