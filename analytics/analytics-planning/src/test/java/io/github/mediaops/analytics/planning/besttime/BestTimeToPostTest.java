package io.github.mediaops.analytics.planning.besttime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BestTimeToPostTest {
    private static final ZoneId SH = ZoneId.of("Asia/Shanghai");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);

    private static List<String> golden(String name) throws IOException {
        try (InputStream in = BestTimeToPostTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
    }

    @Test
    void scores_match_the_numpy_reference() throws IOException {
        List<PostOutcome> history = new ArrayList<>();
        for (String row : golden("best_time_posts.csv")) {
            String[] f = row.split(",");
            history.add(PostOutcome.builder().publishedAt(Instant.ofEpochSecond(Long.parseLong(f[0]))).impressions(Long.parseLong(f[1])).engagements(Long.parseLong(f[2])).build());
        }
        List<String> expected = golden("best_time_expected.csv");
        double[] prior = expected.stream().mapToDouble(r -> Double.parseDouble(r.split(",")[1])).toArray();
        List<SlotScore> scores = BestTimeToPost.builder(SH).prior(prior).build().score(history, NOW);
        assertThat(scores).hasSize(168);
        for (String row : expected) {
            String[] f = row.split(",");
            SlotScore s = scores.get(Integer.parseInt(f[0]));
            assertThat(s.posts()).as(row).isEqualTo(Integer.parseInt(f[2]));
            assertThat(s.effectivePosts()).as(row).isCloseTo(Double.parseDouble(f[3]), within(1e-9));
            if (s.posts() > 0) {
                assertThat(s.observed()).as(row).isCloseTo(Double.parseDouble(f[4]), within(1e-9));
            } else {
                assertThat(s.observed()).isNaN();
            }
            assertThat(s.score()).as(row).isCloseTo(Double.parseDouble(f[5]), within(1e-9));
            assertThat(s.lower()).as(row).isCloseTo(Double.parseDouble(f[6]), within(1e-9));
            assertThat(s.upper()).as(row).isCloseTo(Double.parseDouble(f[7]), within(1e-9));
        }
        // Friday 20:00 local (slot 4*24+20 = 116) is the account's best hour
        assertThat(scores.get(116).slot()).isEqualTo(new Slot(116, DayOfWeek.FRIDAY, LocalTime.of(20, 0)));
        List<Recommendation> top = BestTimeToPost.builder(SH).prior(prior).exploreShare(0.4).build().recommend(history, NOW, 5);
        assertThat(top).hasSize(5);
        assertThat(top.get(0).score().slot().index()).isEqualTo(116);
        assertThat(top).filteredOn(r -> r.reason() == Recommendation.Reason.EXPLOIT).hasSize(3);
        assertThat(top).filteredOn(r -> r.reason() == Recommendation.Reason.EXPLORE)
                .allSatisfy(r -> assertThat(r.score().sufficient()).isFalse());
    }

    @Test
    void thin_slot_is_pulled_towards_the_prior_and_more_data_pulls_it_away() {
        Instant recent = ZonedDateTime.of(2026, 11, 27, 20, 0, 0, 0, SH).toInstant(); // Friday 20:00
        Instant other = ZonedDateTime.of(2026, 11, 26, 9, 0, 0, 0, SH).toInstant();   // Thursday 09:00
        BestTimeToPost engine = BestTimeToPost.builder(SH).halfLife(Duration.ofDays(1_000_000_000L)).build();
        List<PostOutcome> one = List.of(PostOutcome.builder().publishedAt(recent).impressions(1000).engagements(90).build(), PostOutcome.builder().publishedAt(other).impressions(1000).engagements(30).build());
        // mean rate 0.06: lifts 1.5 and 0.5; one post (n=1) against prior 1.0 worth 3: (1.5 + 3) / 4
        assertThat(engine.score(one, NOW).get(116).score()).isCloseTo(1.125, within(1e-9));
        List<PostOutcome> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(PostOutcome.builder().publishedAt(recent.minus(Duration.ofDays(7L * i))).impressions(1000).engagements(90).build());
            many.add(PostOutcome.builder().publishedAt(other.minus(Duration.ofDays(7L * i))).impressions(1000).engagements(30).build());
        }
        SlotScore s = engine.score(many, NOW).get(116);
        assertThat(s.score()).isCloseTo((12 * 1.5 + 3) / 15.0, within(1e-9));
        assertThat(s.sufficient()).isTrue();
    }

    @Test
    void recency_decay_halves_the_weight_every_half_life() {
        Instant fresh = ZonedDateTime.of(2026, 11, 27, 20, 0, 0, 0, SH).toInstant();
        List<PostOutcome> h = List.of(PostOutcome.builder().publishedAt(fresh).impressions(1000).engagements(100).build(), PostOutcome.builder().publishedAt(fresh.minus(Duration.ofDays(28))).impressions(1000).engagements(40).build());
        SlotScore s = BestTimeToPost.builder(SH).halfLife(Duration.ofDays(28)).build().score(h, NOW).get(116);
        double w1 = Math.pow(2, -Duration.between(fresh, NOW.instant()).toMillis() / (double) Duration.ofDays(28).toMillis());
        double w2 = w1 / 2;
        double mean = (w1 * 0.1 + w2 * 0.04) / (w1 + w2);
        assertThat(s.observed()).isCloseTo((w1 * 0.1 / mean + w2 * 0.04 / mean) / (w1 + w2), within(1e-12));
        assertThat(s.effectivePosts()).isCloseTo((w1 + w2) * (w1 + w2) / (w1 * w1 + w2 * w2), within(1e-12));
    }

    @Test
    void empty_history_returns_the_prior_with_prior_variance_and_only_exploration() {
        BestTimeToPost engine = BestTimeToPost.builder(SH).build();
        List<SlotScore> scores = engine.score(List.of(), NOW);
        assertThat(scores).allSatisfy(s -> {
            assertThat(s.score()).isEqualTo(1.0);
            assertThat(s.upper() - s.score()).isCloseTo(1.6448536269514722 * Math.sqrt(0.25 / 3), within(1e-12));
        });
        List<Recommendation> r = engine.recommend(List.of(), NOW, 3);
        assertThat(r).hasSize(3).allSatisfy(x -> assertThat(x.reason()).isEqualTo(Recommendation.Reason.EXPLORE));
    }

    @Test
    void half_hour_slots_and_bad_input() {
        assertThat(SlotSize.HALF_HOUR.count()).isEqualTo(336);
        assertThat(SlotSize.HALF_HOUR.slotOf(ZonedDateTime.of(2026, 11, 30, 0, 45, 0, 0, SH)).index()).isEqualTo(1);
        assertThatThrownBy(() -> BestTimeToPost.builder(SH).prior(new double[24]).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("168");
        assertThatThrownBy(() -> BestTimeToPost.builder(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PostOutcome.builder().publishedAt(Instant.EPOCH).impressions(0).engagements(0).build()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BestTimeToPost.builder(SH).build()
                .score(List.of(PostOutcome.builder().publishedAt(NOW.instant().plusSeconds(1)).impressions(1).engagements(1).build()), NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("after now");
    }
}
