package io.github.mediaops.analytics.measure.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.analytics.testing.Golden;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.metrics.ContentMetrics;
import io.github.mediaops.core.metrics.Metric;
import io.github.mediaops.core.platform.AccountRef;
import io.github.mediaops.core.platform.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KpiRollupTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Metric[] COLUMNS = {Metric.IMPRESSIONS, Metric.REACH, Metric.VIEWS, Metric.LIKES, Metric.COMMENTS,
            Metric.SHARES, Metric.SAVES, Metric.CLICKS, Metric.CONVERSIONS};

    static List<ContentMetrics> goldenSnapshots() {
        List<String[]> rows = Golden.rows("kpi_snapshots.csv");
        List<ContentMetrics> out = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            ContentMetrics m = ContentMetrics.daily(Platform.of(r[0]), r[1], LocalDate.parse(r[2]), SHANGHAI,
                    Instant.parse(r[3]));
            for (int i = 0; i < COLUMNS.length; i++) {
                if (!r[4 + i].isEmpty()) {
                    m = m.with(COLUMNS[i], Double.parseDouble(r[4 + i]));
                }
            }
            out.add(m);
        }
        return out;
    }

    private static void assertRate(Optional<Ratio> actual, String expected) {
        if (expected.isEmpty()) {
            assertThat(actual).isEmpty();
        } else {
            assertThat(actual).isPresent();
            assertThat(actual.get().value()).isCloseTo(Double.parseDouble(expected), within(1e-12));
        }
    }

    @Test
    void weekly_platform_rollup_matches_python_reference_with_corrections_and_absent_metrics() {
        KpiRollup.Result result = new KpiRollup(SHANGHAI, Grain.WEEK, Dimension.platform()).apply(goldenSnapshots());
        List<String[]> expected = Golden.rows("kpi_weekly.csv");
        assertThat(result.cells()).hasSize(expected.size() - 1);
        for (String[] e : expected.subList(1, expected.size())) {
            LocalDate monday = LocalDate.parse(e[0]);
            MetricTotals t = result.get(DateRange.of(monday, monday.plusDays(6)), e[1]).orElseThrow();
            assertThat(t.snapshots()).isEqualTo(Integer.parseInt(e[2]));
            assertThat(t.count(Metric.VIEWS).getAsLong()).isEqualTo(Long.parseLong(e[3]));
            ContentKpis k = ContentKpis.of(t);
            assertRate(k.engagementRate(Denominator.VIEWS), e[4]);
            assertRate(k.engagementRate(Denominator.REACH), e[5]);
            assertRate(k.clickThroughRate(), e[6]);
            assertRate(k.conversionRate(Denominator.CLICKS), e[7]);
            assertRate(k.shareRate(), e[8]);
            assertRate(k.saveRate(), e[9]);
            assertRate(k.readRate(Denominator.IMPRESSIONS), e[10]);
        }
    }

    private static ContentMetrics snap(String post, LocalDate day, Instant asOf, double views) {
        return ContentMetrics.daily(Platform.DOUYIN, post, day, SHANGHAI, asOf).with(Metric.VIEWS, views)
                .with(Metric.LIKES, 10);
    }

    @Test
    void late_correction_replaces_the_first_reading_instead_of_adding() {
        LocalDate d = LocalDate.of(2026, 11, 3);
        Instant first = Instant.parse("2026-11-03T16:00:00Z");
        List<ContentMetrics> in = List.of(snap("p1", d, first, 100), snap("p1", d, first.plusSeconds(86_400), 130),
                snap("p2", d, first, 50));
        MetricTotals t = new KpiRollup(SHANGHAI, Grain.DAY, Dimension.platform()).apply(in)
                .get(DateRange.day(d), "douyin").orElseThrow();
        assertThat(t.snapshots()).isEqualTo(2);
        assertThat(t.count(Metric.VIEWS)).hasValue(180);
        assertThat(t.count(Metric.LIKES)).hasValue(20);
    }

    @Test
    void contradictory_readings_at_the_same_instant_are_rejected() {
        LocalDate d = LocalDate.of(2026, 11, 3);
        Instant at = Instant.parse("2026-11-03T16:00:00Z");
        assertThatThrownBy(() -> Corrections.latest(List.of(snap("p1", d, at, 100), snap("p1", d, at, 120))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("disagree");
    }

    @Test
    void monthly_campaign_rollup_leaves_out_posts_in_no_campaign_and_counts_them() {
        LocalDate d = LocalDate.of(2026, 11, 30);
        Instant at = Instant.parse("2026-12-01T02:00:00Z");
        Dimension campaign = Dimension.campaign(Map.of(Dimension.postKey(Platform.DOUYIN, "p1"), "double11"));
        KpiRollup.Result r = new KpiRollup(SHANGHAI, Grain.MONTH, campaign)
                .apply(List.of(snap("p1", d, at, 10), snap("p2", d, at, 20)));
        assertThat(r.excluded()).isEqualTo(1);
        assertThat(r.get(DateRange.monthOf(d), "double11").orElseThrow().count(Metric.VIEWS)).hasValue(10);
    }

    @Test
    void account_rollup_groups_posts_of_one_account() {
        LocalDate d = LocalDate.of(2026, 11, 30);
        Instant at = Instant.parse("2026-12-01T02:00:00Z");
        AccountRef acct = AccountRef.of(Platform.DOUYIN, "brand");
        Dimension byAccount = Dimension.account(Map.of(Dimension.postKey(Platform.DOUYIN, "p1"), acct,
                Dimension.postKey(Platform.DOUYIN, "p2"), acct));
        KpiRollup.Result r = new KpiRollup(SHANGHAI, Grain.DAY, byAccount)
                .apply(List.of(snap("p1", d, at, 10), snap("p2", d, at, 20)));
        assertThat(r.get(DateRange.day(d), "douyin:brand").orElseThrow().count(Metric.VIEWS)).hasValue(30);
    }

    @Test
    void refuses_to_mix_reporting_zones() {
        ContentMetrics utc = ContentMetrics.daily(Platform.YOUTUBE, "v1", LocalDate.of(2026, 11, 3), ZoneId.of("UTC"),
                Instant.parse("2026-11-04T02:00:00Z")).with(Metric.VIEWS, 5);
        assertThatThrownBy(() -> new KpiRollup(SHANGHAI, Grain.DAY, Dimension.content()).apply(List.of(utc)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("zone UTC");
    }

    @Test
    void refuses_lifetime_snapshots() {
        ContentMetrics life = ContentMetrics.lifetime(Platform.DOUYIN, "p", LocalDate.of(2026, 11, 3), SHANGHAI,
                Instant.parse("2026-11-04T02:00:00Z")).with(Metric.VIEWS, 5);
        assertThatThrownBy(() -> MetricTotals.of(life)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("daily deltas");
    }

    @Test
    void weeks_start_on_monday() {
        assertThat(Grain.WEEK.periodOf(LocalDate.of(2026, 11, 29))) // a Sunday
                .isEqualTo(DateRange.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
    }

    @Test
    void completion_rate_is_views_weighted() {
        LocalDate d = LocalDate.of(2026, 11, 3);
        Instant at = Instant.parse("2026-11-04T02:00:00Z");
        ContentMetrics a = snap("a", d, at, 100).with(Metric.COMPLETION_RATE, 0.5);
        ContentMetrics b = snap("b", d, at, 300).with(Metric.COMPLETION_RATE, 0.1);
        OptionalDouble c = ContentKpis.of(MetricTotals.of(List.of(a, b))).completionRate();
        assertThat(c.getAsDouble()).isCloseTo((50 + 30) / 400.0, within(1e-12));
        assertThat(ContentKpis.of(MetricTotals.of(List.of(a, snap("c", d, at, 10)))).completionRate()).isEmpty();
    }
}
