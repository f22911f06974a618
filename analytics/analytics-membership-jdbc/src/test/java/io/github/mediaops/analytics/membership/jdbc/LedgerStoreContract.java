package io.github.mediaops.analytics.membership.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.analytics.membership.ledger.AppendOutcome;
import io.github.mediaops.analytics.membership.ledger.EntryKind;
import io.github.mediaops.analytics.membership.ledger.InsufficientPointsException;
import io.github.mediaops.analytics.membership.ledger.LedgerEntry;
import io.github.mediaops.analytics.membership.ledger.LedgerStore;
import io.github.mediaops.analytics.membership.ledger.MemberPoints;
import io.github.mediaops.analytics.membership.ledger.PointsLedger;
import io.github.mediaops.analytics.membership.ledger.Posting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LedgerStore} must do, run on the in-memory store, H2 and PostgreSQL: store and return
 * entries exactly, refuse a duplicate event id and a taken sequence number, and, under a {@link PointsLedger},
 * credit an event once when many threads deliver it at the same moment and never let concurrent redemptions
 * overdraw. The threads start together on a barrier; no sleeps.
 */
abstract class LedgerStoreContract {
    private static final int THREADS = 12;
    private static final Instant T = Instant.parse("2026-11-11T04:00:00.123456789Z");

    private ExecutorService pool;

    /** A fresh, empty store for {@code name} (a new table per name). */
    abstract LedgerStore store(String name);

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void returns_what_it_stored_in_sequence_order_to_the_nanosecond() {
        LedgerStore store = store("roundtrip");
        LedgerEntry earn = new LedgerEntry("m-1", "order-1", EntryKind.EARN, 300, T, Optional.empty(), 1);
        LedgerEntry reversal = new LedgerEntry("m-1", "reversal:order-1", EntryKind.REVERSAL, 300, T.plusNanos(1),
                Optional.of("order-1"), 2);
        LedgerEntry other = new LedgerEntry("m-2", "order-1", EntryKind.EARN, 5, T, Optional.empty(), 1);
        assertThat(store.append(earn)).isEqualTo(AppendOutcome.APPENDED);
        assertThat(store.append(other)).isEqualTo(AppendOutcome.APPENDED);
        assertThat(store.append(reversal)).isEqualTo(AppendOutcome.APPENDED);
        assertThat(store.entries("m-1")).containsExactly(earn, reversal);
        assertThat(store.entries("m-2")).containsExactly(other);
        assertThat(store.entries("nobody")).isEmpty();
    }

    @Test
    void refuses_a_duplicate_event_id_and_a_taken_sequence_number() {
        LedgerStore store = store("refusals");
        assertThat(store.append(new LedgerEntry("m-1", "e-1", EntryKind.EARN, 10, T, Optional.empty(), 1)))
                .isEqualTo(AppendOutcome.APPENDED);
        assertThat(store.append(new LedgerEntry("m-1", "e-1", EntryKind.EARN, 10, T, Optional.empty(), 2)))
                .isEqualTo(AppendOutcome.DUPLICATE_EVENT);
        assertThat(store.append(new LedgerEntry("m-1", "e-2", EntryKind.EARN, 10, T, Optional.empty(), 1)))
                .isEqualTo(AppendOutcome.SEQUENCE_TAKEN);
        assertThat(store.entries("m-1")).hasSize(1);
    }

    @Test
    void of_concurrent_appends_of_one_event_the_store_keeps_exactly_one() throws Exception {
        LedgerStore store = store("store_race");
        LedgerEntry entry = new LedgerEntry("m-1", "e-1", EntryKind.EARN, 10, T, Optional.empty(), 1);
        List<AppendOutcome> outcomes = raceStore(t -> store.append(entry));
        assertThat(outcomes).filteredOn(AppendOutcome.APPENDED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(AppendOutcome.DUPLICATE_EVENT::equals).hasSize(THREADS - 1);
        assertThat(store.entries("m-1")).containsExactly(entry);
    }

    @Test
    void of_concurrent_appends_for_one_sequence_number_the_store_keeps_exactly_one() throws Exception {
        LedgerStore store = store("seq_race");
        List<AppendOutcome> outcomes = raceStore(t -> store.append(
                new LedgerEntry("m-1", "e-" + t, EntryKind.EARN, 10, T, Optional.empty(), 1)));
        assertThat(outcomes).filteredOn(AppendOutcome.APPENDED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(AppendOutcome.SEQUENCE_TAKEN::equals).hasSize(THREADS - 1);
        assertThat(store.entries("m-1")).hasSize(1);
    }

    @Test
    void credits_an_event_once_when_threads_deliver_it_concurrently() throws Exception {
        MemberPoints alice = PointsLedger.builder().store(store("same_event")).build().member("alice");
        List<Posting> postings = race(() -> alice.earn("order-1001", 300, T));

        assertThat(postings).filteredOn(p -> !p.duplicate()).hasSize(1);
        assertThat(postings).filteredOn(Posting::duplicate).hasSize(THREADS - 1);
        assertThat(postings).extracting(Posting::entry).containsOnly(postings.get(0).entry());
        assertThat(alice.history()).hasSize(1);
        assertThat(alice.balance(T).available()).isEqualTo(300);
    }

    @Test
    void credits_each_of_many_events_once_when_every_thread_delivers_all_of_them() throws Exception {
        MemberPoints bob = PointsLedger.builder().store(store("many_events")).build().member("bob");
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Long>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
            Collections.rotate(order, t);
            done.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                long fresh = 0;
                for (int e : order) {
                    fresh += bob.earn("event-" + e, 10L + e, T.plusSeconds(e)).duplicate() ? 0 : 1;
                }
                return fresh;
            }));
        }
        long fresh = 0;
        for (Future<Long> f : done) {
            fresh += f.get(60, TimeUnit.SECONDS);
        }
        assertThat(fresh).isEqualTo(10);
        assertThat(bob.history()).extracting(LedgerEntry::sequence).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 10).boxed().toList());
        // 10 + 11 + ... + 19 = 10 * 10 + (0 + 1 + ... + 9) = 100 + 45 = 145
        assertThat(bob.balance(T.plusSeconds(60)).available()).isEqualTo(145);
    }

    @Test
    void concurrent_redemptions_never_overdraw() throws Exception {
        MemberPoints carol = PointsLedger.builder().store(store("overdraw")).build().member("carol");
        carol.earn("order-1", 100, T);
        List<Object> outcomes = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Object>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String id = "coupon-" + t;
            done.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                try {
                    return carol.redeem(id, 30, T.plusSeconds(1));
                } catch (InsufficientPointsException e) {
                    return e;
                }
            }));
        }
        for (Future<Object> f : done) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        // 100 points buy floor(100 / 30) = 3 redemptions of 30; 100 − 90 = 10 remain.
        assertThat(outcomes).filteredOn(Posting.class::isInstance).hasSize(3);
        assertThat(outcomes).filteredOn(InsufficientPointsException.class::isInstance).hasSize(THREADS - 3);
        assertThat(carol.balance(T.plusSeconds(2)).available()).isEqualTo(10);
        assertThat(carol.history()).hasSize(4);
    }

    private List<AppendOutcome> raceStore(java.util.function.IntFunction<AppendOutcome> append) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<AppendOutcome>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return append.apply(thread);
            }));
        }
        List<AppendOutcome> out = new ArrayList<>();
        for (Future<AppendOutcome> f : done) {
            out.add(f.get(60, TimeUnit.SECONDS));
        }
        return out;
    }

    private List<Posting> race(Callable<Posting> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Posting>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return call.call();
            }));
        }
        List<Posting> out = new ArrayList<>();
        for (Future<Posting> f : done) {
            out.add(f.get(60, TimeUnit.SECONDS));
        }
        return out;
    }
}
