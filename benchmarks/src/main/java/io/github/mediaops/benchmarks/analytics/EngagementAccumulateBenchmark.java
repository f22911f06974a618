package io.github.mediaops.benchmarks.analytics;

import io.github.mediaops.analytics.accumulate.EngagementEvent;
import io.github.mediaops.analytics.accumulate.EngagementType;
import io.github.mediaops.analytics.accumulate.PostDayKpis;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Accumulates 10 million engagement events (user id, post id, type, timestamp) into per-post daily
 * KPIs, single-threaded; the score is events per second. 1,000,000 pre-generated events over 2,000
 * posts, 30 days and 2,000,000 users are replayed ten times with shifted timestamps (so ten times as
 * many post-days are touched) to make 10 million per invocation.
 *
 * <ul>
 *   <li>{@code counters}: {@link PostDayKpis} counts only;</li>
 *   <li>{@code countersAndHllUniques}: plus an HLL sketch (lgK 12) of users per post and day;</li>
 *   <li>{@code exactPeer}: the plain-Java way — a HashMap of per-post-day long[] counters and a
 *       HashSet&lt;Long&gt; of users per post-day — as the peer for the ratio.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
public class EngagementAccumulateBenchmark {
    static final int EVENTS = 1_000_000;
    static final int REPLAYS = 10;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final EngagementType[] TYPES = EngagementType.values();

    long[] users;
    long[] posts;
    byte[] types;
    long[] millis;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(7);
        users = new long[EVENTS];
        posts = new long[EVENTS];
        types = new byte[EVENTS];
        millis = new long[EVENTS];
        long start = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < EVENTS; i++) {
            users[i] = r.nextLong(2_000_000);
            posts[i] = r.nextLong(2_000);
            // views dominate, as on real platforms
            int t = r.nextInt(100);
            types[i] = (byte) (t < 80 ? 0 : 1 + (t % 5));
            // events of one post arrive roughly in time order within a day
            millis[i] = start + (long) i * 30L * 86_400_000L / EVENTS + r.nextLong(3_600_000);
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS * REPLAYS)
    public int counters() {
        PostDayKpis acc = PostDayKpis.zero(SHANGHAI);
        for (int rep = 0; rep < REPLAYS; rep++) {
            long shift = rep * 31L * 86_400_000L;
            for (int i = 0; i < EVENTS; i++) {
                acc.add(EngagementEvent.user(users[i]).post(posts[i]).did(TYPES[types[i]]).at(millis[i] + shift));
            }
        }
        return acc.cells();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS * REPLAYS)
    public int countersAndHllUniques() {
        PostDayKpis acc = PostDayKpis.withUniques(SHANGHAI, 12);
        for (int rep = 0; rep < REPLAYS; rep++) {
            long shift = rep * 31L * 86_400_000L;
            for (int i = 0; i < EVENTS; i++) {
                acc.add(EngagementEvent.user(users[i]).post(posts[i]).did(TYPES[types[i]]).at(millis[i] + shift));
            }
        }
        return acc.cells();
    }

    record Key(long post, long day) {
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS * REPLAYS)
    public int exactPeer() {
        Map<Key, long[]> counts = new HashMap<>();
        Map<Key, HashSet<Long>> uniques = new HashMap<>();
        for (int rep = 0; rep < REPLAYS; rep++) {
            long shift = rep * 31L * 86_400_000L;
            for (int i = 0; i < EVENTS; i++) {
                long day = Instant.ofEpochMilli(millis[i] + shift).atZone(SHANGHAI).toLocalDate().toEpochDay();
                Key k = new Key(posts[i], day);
                counts.computeIfAbsent(k, x -> new long[TYPES.length])[types[i]]++;
                uniques.computeIfAbsent(k, x -> new HashSet<>()).add(users[i]);
            }
        }
        return counts.size() + uniques.size();
    }
}
