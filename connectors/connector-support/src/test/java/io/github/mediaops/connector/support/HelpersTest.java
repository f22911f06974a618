package io.github.mediaops.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.core.DateRange;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Page;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HelpersTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void deduplicator_drops_repeats_within_the_window_and_forgets_after_it() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T00:00:00Z"));
        Deduplicator d = new Deduplicator(clock, Duration.ofMinutes(10), 100);
        assertThat(d.firstSeen("m1")).isTrue();
        assertThat(d.firstSeen("m1")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(d.firstSeen("m1")).isTrue();
    }

    @Test
    void deduplicator_is_bounded_by_capacity() {
        Deduplicator d = new Deduplicator(Clock.systemUTC(), Duration.ofHours(1), 3);
        IntStream.range(0, 10).forEach(i -> d.firstSeen("m" + i));
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.firstSeen("m0")).as("evicted, so seen as new").isTrue();
        assertThat(d.firstSeen("m9")).isFalse();
    }

    @Test
    void replay_window_accepts_recent_and_refuses_old_future_or_unreadable_timestamps() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC);
        ReplayWindow w = new ReplayWindow(clock, Duration.ofMinutes(5));
        assertThat(w.accepts("1800000000")).isTrue();
        assertThat(w.accepts("1799999700")).isTrue();
        assertThat(w.accepts("1799999699")).isFalse();
        assertThat(w.accepts("1800000301")).isFalse();
        assertThat(w.accepts("soon")).isFalse();
        assertThat(w.accepts((String) null)).isFalse();
    }

    @Test
    void replay_window_refuses_timestamps_beyond_the_instant_range_without_throwing() {
        ReplayWindow w = new ReplayWindow(Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC), Duration.ofMinutes(5));
        assertThat(w.accepts(Long.toString(Long.MIN_VALUE))).isFalse();
        assertThat(w.accepts(Long.toString(Long.MAX_VALUE))).isFalse();
        assertThat(w.accepts(Long.toString(Instant.MIN.getEpochSecond() - 1))).isFalse();
        assertThat(w.accepts(Long.toString(Instant.MAX.getEpochSecond() + 1))).isFalse();
        assertThat(w.accepts(Instant.MIN)).isFalse();
        assertThat(w.accepts(Instant.MAX)).isFalse();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void replay_window_admits_a_nonce_once_per_content_and_refuses_it_with_other_content() {
        MutableClock clock = new MutableClock(Instant.ofEpochSecond(1_800_000_000L));
        ReplayWindow w = new ReplayWindow(clock, Duration.ofMinutes(5));
        assertThat(w.admit("1800000000", "n1", "sig1", bytes("<xml>a</xml>"))).isTrue();
        assertThat(w.admit("1800000000", "n1", "sig1", bytes("<xml>a</xml>"))).as("identical retry").isTrue();
        assertThat(w.admit("1800000000", "n1", "sig1", bytes("<xml>forged</xml>"))).as("same signature, other body").isFalse();
        assertThat(w.admit("1800000000", "n2", "sig2", bytes("<xml>forged</xml>"))).as("another nonce").isTrue();
        assertThat(w.admit("1799999000", "n3", "sig3", bytes("x"))).as("outside the window").isFalse();
        assertThat(w.admit(Long.toString(Long.MIN_VALUE), "n4", "sig4", bytes("x"))).isFalse();
        assertThat(w.remembered()).isEqualTo(2);
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(w.admit("1800000360", "n5", "sig5", bytes("x"))).isTrue();
        assertThat(w.remembered()).as("requests whose timestamps left the window are forgotten").isEqualTo(1);
    }

    @Test
    void replay_window_stays_bounded_and_refuses_what_it_had_to_forget() {
        MutableClock clock = new MutableClock(Instant.ofEpochSecond(1_800_000_000L));
        ReplayWindow w = new ReplayWindow(clock, Duration.ofMinutes(5), 3);
        for (int i = 0; i < 10; i++) {
            assertThat(w.admit(Long.toString(1_800_000_000L - 100 + i), "n" + i, "s" + i, bytes("b" + i))).isTrue();
            assertThat(w.remembered()).isLessThanOrEqualTo(3);
        }
        assertThat(w.admit("1799999900", "n0", "s0", bytes("forged"))).as("forgotten, so refused, never re-admitted")
                .isFalse();
        assertThat(w.admit("1799999906", "n6", "s6", bytes("forged"))).as("forgotten too").isFalse();
        assertThat(w.admit("1799999909", "n9", "s9", bytes("b9"))).as("still remembered, identical").isTrue();
        assertThat(w.admit("1799999909", "n9", "s9", bytes("forged"))).isFalse();
        assertThat(w.admit("1800000000", "n10", "s10", bytes("new"))).as("newer than anything forgotten").isTrue();
    }

    @Test
    void replay_window_keys_do_not_run_together() {
        ReplayWindow w = new ReplayWindow(Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC), Duration.ofMinutes(5));
        assertThat(w.admit("1800000000", "ab", "c", bytes("one"))).isTrue();
        assertThat(w.admit("1800000000", "a", "bc", bytes("two"))).isTrue();
    }

    @Test
    void last_available_day_follows_t_plus_one_at_eight_beijing_time() {
        Clock before8 = Clock.fixed(Instant.parse("2026-11-19T23:59:00Z"), ZoneOffset.UTC); // 07:59 on the 20th
        Clock after8 = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC); // 08:00 on the 20th
        assertThat(DateSpans.lastAvailableDay(before8, SHANGHAI, 1, LocalTime.of(8, 0))).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(DateSpans.lastAvailableDay(after8, SHANGHAI, 1, LocalTime.of(8, 0))).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void available_chunks_clamp_then_split() {
        DateRange r = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        List<DateRange> chunks = DateSpans.availableChunks(r, LocalDate.of(2026, 11, 15), 7);
        assertThat(chunks).containsExactly(DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7)),
                DateRange.of(LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 14)), DateRange.day(LocalDate.of(2026, 11, 15)));
        assertThat(DateSpans.availableChunks(r, LocalDate.of(2026, 10, 31), 7)).isEmpty();
    }

    @Test
    void paging_walks_offset_cursors_to_the_end() {
        List<Integer> all = IntStream.range(0, 23).boxed().toList();
        AtomicInteger calls = new AtomicInteger();
        List<Integer> got = Paging.fetchAll(Platform.WECHAT_OFFICIAL_ACCOUNT, "cgi-bin/freepublish/batchget", req -> {
            calls.incrementAndGet();
            int off = Paging.offset(req);
            List<Integer> items = all.subList(off, Math.min(all.size(), off + req.size()));
            return new Page<>(items, Paging.nextOffsetCursor(off, items.size(), all.size()));
        }, 10, 1000);
        assertThat(got).isEqualTo(all);
        assertThat(calls).hasValue(3);
    }

    @Test
    void paging_stops_at_max_items_and_refuses_a_cursor_that_does_not_advance() {
        assertThat(Paging.fetchAll(Platform.WECHAT_CHANNELS, "channels/ec/order/list/get",
                req -> new Page<>(List.of(1, 2, 3), "3"), 3, 2)).containsExactly(1, 2);
        assertThatThrownBy(() -> Paging.fetchAll(Platform.WECHAT_CHANNELS, "channels/ec/order/list/get",
                req -> new Page<>(List.of(1), "same"), 1, 100))
                .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
                    assertThat(e.platform()).isEqualTo(Platform.WECHAT_CHANNELS);
                    assertThat(e.details().operation()).contains("channels/ec/order/list/get");
                    assertThat(e.getMessage()).contains("did not advance").contains("\"same\"");
                });
        assertThatThrownBy(() -> Paging.offset(new io.github.mediaops.core.connector.PageRequest("abc", 5)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("cursor");
    }

    @Test
    void retry_after_parses_seconds_and_http_dates() {
        Instant now = Instant.parse("2026-11-20T00:00:00Z");
        assertThat(HttpErrors.parseRetryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(HttpErrors.parseRetryAfter("Fri, 20 Nov 2026 00:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(HttpErrors.parseRetryAfter("soon", now)).isNull();
        assertThat(HttpErrors.parseRetryAfter(null, now)).isNull();
    }

    @Test
    void settings_reject_nonsense_and_compute_capped_backoff() {
        ResilienceSettings s = ResilienceSettings.builder().initialBackoff(Duration.ofMillis(100)).multiplier(2)
                .maxBackoff(Duration.ofMillis(300)).build();
        assertThat(s.baseBackoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(s.baseBackoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(s.baseBackoff(3)).isEqualTo(Duration.ofMillis(300));
        assertThatThrownBy(() -> ResilienceSettings.builder().maxAttempts(0).build()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> ResilienceSettings.builder().jitter(1.5).build()).isInstanceOf(InvalidValueException.class);
    }
}
