package io.github.mediaops.analytics.planning.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.live.LiveAudience;
import io.github.mediaops.core.live.LiveSession;
import io.github.mediaops.core.live.ProductSales;
import io.github.mediaops.core.live.ViewerSample;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveMetricsTest {
    private static final Instant START = Instant.parse("2026-11-11T12:00:00Z");
    private static final Currency CNY = Currency.getInstance("CNY");

    static LiveSession session() {
        List<ViewerSample> samples = List.of(new ViewerSample(START.plus(Duration.ofMinutes(90)), 400),
                new ViewerSample(START, 100), new ViewerSample(START.plus(Duration.ofMinutes(30)), 500),
                new ViewerSample(START.plus(Duration.ofMinutes(60)), 1000));
        LiveAudience audience = new LiveAudience(20_000, 12_000, Duration.ofSeconds(12_000L * 180), 3_000, 20_000, 1_000, 600);
        List<ProductSales> products = List.of(
                new ProductSales("A", "保温杯", 50_000, 5_000, 800, 700, Money.cny("69930.00")),
                new ProductSales("B", "礼盒", 30_000, 2_000, 300, 250, Money.cny("49750.00")));
        return new LiveSession("room-1", AccountRef.of(Platform.DOUYIN, "acme"), START, START.plus(Duration.ofHours(2)),
                samples, audience, products);
    }

    @Test
    void computes_hand_checked_session_metrics() {
        LiveMetrics m = LiveMetrics.of(session(), CNY);
        assertThat(m.peakConcurrent()).isEqualTo(1000);
        assertThat(m.peakAt()).contains(START.plus(Duration.ofMinutes(60)));
        assertThat(m.averageConcurrent()).isCloseTo(500.0, within(1e-9));   // (100+500+1000+400) x 30 min / 120 min
        assertThat(m.averageWatchTime()).isEqualTo(Duration.ofSeconds(180));
        assertThat(m.interactionsPerViewer()).isEqualTo(2.0);
        assertThat(m.followRate()).isEqualTo(0.05);
        assertThat(m.gmv()).isEqualTo(Money.cny("119680"));
        assertThat(m.gpm()).contains(Money.cny("5984.00"));
        assertThat(m.uvValue()).contains(Money.cny("9.97"));
        assertThat(m.funnel()).isEqualTo(new ProductFunnel(80_000, 7_000, 1_100, 950));
        assertThat(m.funnel().clickThrough()).isEqualTo(0.0875);
        assertThat(m.funnel().orderRate()).isCloseTo(1100.0 / 7000, within(1e-15));
        assertThat(m.funnel().paymentRate()).isCloseTo(950.0 / 1100, within(1e-15));
        assertThat(m.products()).extracting(ProductPerformance::productId).containsExactly("A", "B");
        assertThat(m.products().get(0).gmvShare()).isCloseTo(69930.0 / 119680, within(1e-12));
    }

    @Test
    void review_compares_targets_with_actuals() {
        List<LiveReview.Line> lines = LiveReview.review(LiveMetrics.of(session(), CNY), Map.of(
                LiveReview.Kpi.GMV, 100_000.0, LiveReview.Kpi.GPM, 6_000.0, LiveReview.Kpi.PEAK_CONCURRENT, 1_200.0));
        assertThat(lines).extracting(LiveReview.Line::kpi).containsExactly(LiveReview.Kpi.PEAK_CONCURRENT,
                LiveReview.Kpi.GMV, LiveReview.Kpi.GPM);
        assertThat(lines).extracting(LiveReview.Line::met).containsExactly(false, true, false);
        assertThat(lines.get(1).attainment()).isCloseTo(1.1968, within(1e-12));
        assertThat(lines.get(2).attainment()).isCloseTo(5984.0 / 6000, within(1e-12));
    }

    @Test
    void empty_session_gives_nan_rates_and_no_money_ratios() {
        LiveSession quiet = new LiveSession("r", AccountRef.of(Platform.DOUYIN, "a"), START, START.plus(Duration.ofHours(1)),
                List.of(), new LiveAudience(0, 0, Duration.ZERO, 0, 0, 0, 0), List.of());
        LiveMetrics m = LiveMetrics.of(quiet, CNY);
        assertThat(m.peakAt()).isEmpty();
        assertThat(m.averageConcurrent()).isZero();
        assertThat(m.interactionsPerViewer()).isNaN();
        assertThat(m.gpm()).isEmpty();
        assertThat(m.gmv()).isEqualTo(Money.zero(CNY));
        assertThat(LiveReview.review(m, Map.of(LiveReview.Kpi.GPM, 10.0)).get(0).met()).isFalse();
    }

    @Test
    void rejects_inconsistent_sessions() {
        LiveAudience a = new LiveAudience(1, 1, Duration.ZERO, 0, 0, 0, 0);
        AccountRef acc = AccountRef.of(Platform.DOUYIN, "a");
        assertThatThrownBy(() -> new LiveAudience(1, 2, Duration.ZERO, 0, 0, 0, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ProductSales("p", "n", 1, 1, 1, 2, Money.cny("1"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LiveSession("r", acc, START, START, List.of(), a, List.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LiveSession("r", acc, START, START.plusSeconds(60),
                List.of(new ViewerSample(START.plusSeconds(61), 1)), a, List.of())).isInstanceOf(InvalidValueException.class);
        ProductSales p = new ProductSales("p", "n", 1, 1, 1, 1, Money.cny("1"));
        assertThatThrownBy(() -> new LiveSession("r", acc, START, START.plusSeconds(60), List.of(), a, List.of(p, p)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> LiveMetrics.of(session(), Currency.getInstance("USD"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void topic_challenge_counts_participants_ugc_reach_and_daily_participation() {
        ZoneId sh = ZoneId.of("Asia/Shanghai");
        Instant d1 = Instant.parse("2026-12-01T02:00:00Z");
        List<TopicPost> posts = List.of(TopicPost.builder().postId("p1").userId("u1").at(d1).views(100).build(), TopicPost.builder().postId("p2").userId("u2").at(d1.plusSeconds(60)).views(50).build(),
                TopicPost.builder().postId("p3").userId("u1").at(d1.plus(Duration.ofDays(1))).views(400).build(), TopicPost.builder().postId("p4").userId("u3").at(d1.plus(Duration.ofDays(2))).views(10).build(),
                TopicPost.builder().postId("p5").userId("u4").at(d1.plus(Duration.ofDays(9))).views(999).build());
        TopicChallenge t = TopicChallenge.of(posts, DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3)), sh);
        assertThat(t.participants()).isEqualTo(3);
        assertThat(t.posts()).isEqualTo(4);
        assertThat(t.reach()).isEqualTo(560);
        assertThat(t.outside()).isEqualTo(1);
        assertThat(t.days()).extracting(TopicChallenge.Day::posts).containsExactly(2, 1, 1);
        assertThat(t.days()).extracting(TopicChallenge.Day::newParticipants).containsExactly(2, 0, 1);
        assertThat(t.days()).extracting(TopicChallenge.Day::cumulativeParticipants).containsExactly(2, 2, 3);
        assertThatThrownBy(() -> TopicChallenge.of(List.of(posts.get(0), posts.get(0)),
                DateRange.day(LocalDate.of(2026, 12, 1)), sh)).isInstanceOf(InvalidValueException.class);
    }
}
