package io.github.mediaops.analytics.planning.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.search.KeywordRank;
import io.github.mediaops.core.search.KeywordRankSeries;
import io.github.mediaops.core.search.RankSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchPresenceTest {
    private static final Platform XHS = Platform.XIAOHONGSHU;
    private static final LocalDate D1 = LocalDate.of(2026, 12, 1);

    private static KeywordRank ranked(String kw, int day, int rank) {
        return KeywordRank.ranked(XHS, kw, D1.plusDays(day - 1L), rank, RankSource.CRAWL);
    }

    private static KeywordRank none(String kw, int day) {
        return KeywordRank.notRanked(XHS, kw, D1.plusDays(day - 1L), RankSource.IMPORT);
    }

    @Test
    void hand_worked_trend_over_a_week() {
        // days 1..7: ranks 12, 9, -, 5, 4, 2, - ; x = 0,1,3,4,5 ; y = 12,9,5,4,2
        // x̄ = 13/5 = 2.6, ȳ = 32/5 = 6.4
        // Sxy = (-2.6)(5.6) + (-1.6)(2.6) + (0.4)(-1.4) + (1.4)(-2.4) + (2.4)(-4.4) = -14.56 - 4.16 - 0.56 - 3.36 - 10.56 = -33.2
        // Sxx = 6.76 + 2.56 + 0.16 + 1.96 + 5.76 = 17.2 ; slope = -33.2 / 17.2 = -1.930232558...
        KeywordRankSeries s = KeywordRankSeries.of(List.of(ranked("防晒", 1, 12), ranked("防晒", 2, 9), none("防晒", 3),
                ranked("防晒", 4, 5), ranked("防晒", 5, 4), ranked("防晒", 6, 2), none("防晒", 7)));
        RankTrend t = RankTrend.of(s, DateRange.of(D1, D1.plusDays(6)));
        assertThat(t.observedDays()).isEqualTo(7);
        assertThat(t.rankedDays()).isEqualTo(5);
        assertThat(t.daysInTop10()).isEqualTo(4);
        assertThat(t.daysInTop3()).isEqualTo(1);
        assertThat(t.best()).hasValue(2);
        assertThat(t.worst()).hasValue(12);
        assertThat(t.slopePerDay()).isCloseTo(-33.2 / 17.2, within(1e-12));
        assertThat(t.direction()).isEqualTo(RankTrend.Direction.IMPROVING);
        assertThat(t.summary()).isEqualTo("防晒 on xiaohongshu 2026-12-01..2026-12-07: improving, 1.93 positions a day; "
                + "best 2, worst 12; top 10 on 4 and top 3 on 1 of 7 observed days");
    }

    @Test
    void the_window_cuts_the_series_and_one_ranked_day_gives_no_trend() {
        KeywordRankSeries s = KeywordRankSeries.of(List.of(ranked("k", 1, 3), ranked("k", 5, 8), none("k", 6)));
        RankTrend t = RankTrend.of(s, DateRange.of(D1.plusDays(4), D1.plusDays(9)));
        assertThat(t.observedDays()).isEqualTo(2);
        assertThat(t.rankedDays()).isEqualTo(1);
        assertThat(t.slopePerDay()).isNaN();
        assertThat(t.direction()).isEqualTo(RankTrend.Direction.TOO_FEW_POINTS);
        assertThat(t.summary()).contains("not enough ranked days");
        RankTrend empty = RankTrend.of(s, DateRange.day(D1.plusDays(20)));
        assertThat(empty.observedDays()).isZero();
        assertThat(empty.best()).isEmpty();
    }

    @Test
    void less_than_one_position_over_the_window_is_steady_and_one_is_not() {
        // ranks 5, 5, 6 over days 0..2: slope 0.5, change over window = 0.5 * 2 = 1.0 -> declining
        KeywordRankSeries down = KeywordRankSeries.of(List.of(ranked("k", 1, 5), ranked("k", 2, 5), ranked("k", 3, 6)));
        assertThat(RankTrend.of(down, DateRange.of(D1, D1.plusDays(2))).direction()).isEqualTo(RankTrend.Direction.DECLINING);
        // ranks 5, 6, 5: slope 0 -> steady
        KeywordRankSeries flat = KeywordRankSeries.of(List.of(ranked("k", 1, 5), ranked("k", 2, 6), ranked("k", 3, 5)));
        RankTrend t = RankTrend.of(flat, DateRange.of(D1, D1.plusDays(2)));
        assertThat(t.slopePerDay()).isZero();
        assertThat(t.direction()).isEqualTo(RankTrend.Direction.STEADY);
    }

    @Test
    void hand_worked_share_of_search() {
        // brand A: 300 + 500 = 800 (one day without volume); B: 1200; C: 0 -> total 2000
        KeywordRankSeries a = KeywordRankSeries.of(List.of(ranked("A", 1, 2).withSearchVolume(300),
                ranked("A", 2, 2).withSearchVolume(500), ranked("A", 3, 2), ranked("A", 9, 1).withSearchVolume(10_000)));
        KeywordRankSeries b = KeywordRankSeries.of(List.of(none("B", 1).withSearchVolume(1200)));
        KeywordRankSeries c = KeywordRankSeries.of(List.of(none("C", 2).withSearchVolume(0)));
        ShareOfSearch sos = ShareOfSearch.of(List.of(a, b, c), DateRange.of(D1, D1.plusDays(6)));
        assertThat(sos.totalVolume()).isEqualTo(2000);
        assertThat(sos.shareOf("A").orElseThrow().share()).isEqualTo(0.4);
        assertThat(sos.shareOf("A").orElseThrow().daysWithoutVolume()).isEqualTo(1);
        assertThat(sos.shareOf("B").orElseThrow().share()).isEqualTo(0.6);
        assertThat(sos.shareOf("C").orElseThrow().share()).isZero();
        assertThat(sos.shareOf("D")).isEmpty();
    }

    @Test
    void share_of_search_refuses_what_it_cannot_define() {
        KeywordRankSeries a = KeywordRankSeries.of(List.of(ranked("A", 1, 2)));
        DateRange week = DateRange.of(D1, D1.plusDays(6));
        assertThatThrownBy(() -> ShareOfSearch.of(List.of(a), week)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("no search volume");
        assertThatThrownBy(() -> ShareOfSearch.of(List.of(), week)).hasMessageContaining("brands must hold");
        assertThatThrownBy(() -> ShareOfSearch.of(List.of(a, a), week)).hasMessageContaining("repeats keyword \"A\"");
        KeywordRankSeries dy = KeywordRankSeries.of(List.of(KeywordRank.ranked(Platform.DOUYIN, "B", D1, 1, RankSource.CRAWL)));
        assertThatThrownBy(() -> ShareOfSearch.of(List.of(a, dy), week)).hasMessageContaining("brands[1] is on douyin");
    }

    @Test
    void matches_scipy_linregress_and_the_share_of_search_definition() throws IOException {
        List<KeywordRank> all = new ArrayList<>();
        for (String line : golden("search_ranks.csv")) {
            String[] f = line.split(",", -1);
            KeywordRank r = f[2].isEmpty()
                    ? KeywordRank.notRanked(XHS, f[0], LocalDate.parse(f[1]), RankSource.IMPORT)
                    : KeywordRank.ranked(XHS, f[0], LocalDate.parse(f[1]), Integer.parseInt(f[2]), RankSource.IMPORT);
            all.add(f[3].isEmpty() ? r : r.withSearchVolume(Long.parseLong(f[3])));
        }
        Map<String, KeywordRankSeries> series = KeywordRankSeries.byKeyword(all, XHS);
        DateRange window = DateRange.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 26));
        ShareOfSearch sos = ShareOfSearch.of(List.copyOf(series.values()), window);
        List<String> expected = golden("search_expected.csv");
        assertThat(expected).hasSize(4);
        for (String line : expected) {
            String[] e = line.split(",");
            RankTrend t = RankTrend.of(series.get(e[0]), window);
            assertThat(t.observedDays()).as(e[0]).isEqualTo(Integer.parseInt(e[1]));
            assertThat(t.rankedDays()).as(e[0]).isEqualTo(Integer.parseInt(e[2]));
            assertThat(t.daysInTop10()).as(e[0]).isEqualTo(Integer.parseInt(e[3]));
            assertThat(t.daysInTop3()).as(e[0]).isEqualTo(Integer.parseInt(e[4]));
            assertThat(t.best()).as(e[0]).hasValue(Integer.parseInt(e[5]));
            assertThat(t.worst()).as(e[0]).hasValue(Integer.parseInt(e[6]));
            assertThat(t.slopePerDay()).as(e[0]).isCloseTo(Double.parseDouble(e[7]), within(1e-12));
            ShareOfSearch.Share s = sos.shareOf(e[0]).orElseThrow();
            assertThat(s.volume()).as(e[0]).isEqualTo(Long.parseLong(e[8]));
            assertThat(s.daysWithVolume()).as(e[0]).isEqualTo(Integer.parseInt(e[9]));
            assertThat(s.daysWithoutVolume()).as(e[0]).isEqualTo(Integer.parseInt(e[10]));
            assertThat(s.share()).as(e[0]).isCloseTo(Double.parseDouble(e[11]), within(1e-15));
        }
        // the golden slopes times 23 (days in window - 1): -9.52, +5.73, -0.22, +0.59
        assertThat(RankTrend.of(series.get("防晒霜"), window).direction()).isEqualTo(RankTrend.Direction.IMPROVING);
        assertThat(RankTrend.of(series.get("sunscreen"), window).direction()).isEqualTo(RankTrend.Direction.DECLINING);
        assertThat(RankTrend.of(series.get("敏感肌"), window).direction()).isEqualTo(RankTrend.Direction.STEADY);
        assertThat(RankTrend.of(series.get("SPF50"), window).direction()).isEqualTo(RankTrend.Direction.STEADY);
    }

    private static List<String> golden(String name) throws IOException {
        try (InputStream in = SearchPresenceTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
    }
}
