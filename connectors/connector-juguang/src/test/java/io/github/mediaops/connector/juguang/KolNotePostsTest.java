package io.github.mediaops.connector.juguang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.mediaops.connector.juguang.simulator.JuguangSimulator;
import io.github.mediaops.connector.juguang.simulator.JuguangSimulator.KolPostRow;
import io.github.mediaops.connector.tck.ManualClock;
import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.Money;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.metrics.Metric;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 蒲公英 post data per KOL order against the simulator: mapping, percentages, date basis, windows. */
class KolNotePostsTest {
    private static final String BRAND = "5f1e2d3c000000000100abcd";
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-20T04:00:00Z"));
    private final JuguangSimulator sim = JuguangSimulator.builder().clock(clock).build();

    @AfterEach
    void stop() {
        sim.close();
    }

    private JuguangConnector connect() {
        JuguangConnector c = JuguangTestSupport.builder(sim, clock, Duration.ofSeconds(5)).build();
        assertThat(c.authorize(sim.authorizationCode(BRAND)).account()).isEqualTo(BRAND); // 蒲公英 grant: the user_id
        return c;
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void an_order_row_maps_its_quote_counts_and_percentage_and_keeps_the_note() {
        sim.putKolPost(BRAND, new KolPostRow(d("2026-03-01"), d("2026-03-05"), Map.of("order_id", "ord-1",
                "kol_id", "5a0b1c2d000000000100aaaa", "kol_nick_name", "小鹿", "note_id", "65f0c0ffee000000001e000001",
                "kol_price", 5000, "imp_num", 120_000, "read_num", 40_000, "engage_num", 2_468, "engage_rate", "6.17",
                "fav_num", 800)));
        sim.putKolPost(BRAND, new KolPostRow(d("2026-03-02"), null, Map.of("order_id", "ord-2", "kol_id", "k2",
                "kol_nick_name", "")));
        JuguangConnector c = connect();

        List<KolNotePost> published = c.kolNotePosts(BRAND, DateRange.of(d("2026-03-01"), d("2026-03-19")),
                KolDateBasis.NOTE_PUBLISHED);
        List<KolNotePost> ordered = c.kolNotePosts(BRAND, DateRange.of(d("2026-03-01"), d("2026-03-19")),
                KolDateBasis.ORDER_CREATED);

        assertThat(published).singleElement().satisfies(p -> {
            assertThat(p.orderId()).isEqualTo("ord-1");
            assertThat(p.note()).contains("65f0c0ffee000000001e000001");
            assertThat(p.price()).contains(Money.cny("5000"));
            assertThat(p.metrics()).containsExactlyInAnyOrderEntriesOf(Map.of(Metric.IMPRESSIONS, 120_000.0,
                    Metric.VIEWS, 40_000.0, Metric.SAVES, 800.0));
            assertThat(p.engagements()).isEqualTo(2_468L);
            assertThat(p.engagementFraction().orElseThrow()).isCloseTo(0.0617, within(1e-12));
            assertThat(p.pricePerRead()).contains(Money.computed(new java.math.BigDecimal("0.125"), Money.cny("0").currency())); // 5000 / 40000
        });
        assertThat(ordered).extracting(KolNotePost::orderId).containsExactly("ord-1", "ord-2");
        KolNotePost unpublished = ordered.get(1);
        assertThat(unpublished.note()).isEmpty();
        assertThat(unpublished.price()).isEmpty();
        assertThat(unpublished.metrics()).isEmpty();
        assertThat(unpublished.engagementFraction()).isEmpty();
    }

    @Test
    void ranges_are_read_in_windows_of_at_most_thirty_days_up_to_today() {
        JuguangConnector c = connect();
        c.kolNotePosts(BRAND, DateRange.of(d("2026-02-01"), d("2026-04-30")), KolDateBasis.ORDER_CREATED);
        assertThat(sim.reportRequests()).containsExactly("pgy 1 2026-02-01..2026-03-02 1", "pgy 1 2026-03-03..2026-03-20 1");
    }

    @Test
    void an_unreadable_percentage_is_a_typed_error_naming_the_field() {
        sim.putKolPost(BRAND, new KolPostRow(d("2026-03-01"), null, Map.of("order_id", "o", "kol_id", "k",
                "engage_rate", "n/a")));
        JuguangConnector c = connect();
        assertThatThrownBy(() -> c.kolNotePosts(BRAND, DateRange.day(d("2026-03-01")), KolDateBasis.ORDER_CREATED))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("engage_rate").hasMessageContaining("n/a");
    }
}
