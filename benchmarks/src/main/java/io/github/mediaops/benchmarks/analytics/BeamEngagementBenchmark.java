package io.github.mediaops.benchmarks.analytics;

import io.github.mediaops.analytics.accumulate.EngagementEvent;
import io.github.mediaops.analytics.accumulate.EngagementType;
import io.github.mediaops.analytics.accumulate.PostDayKpis;
import io.github.mediaops.analytics.beam.EngagementKpis;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
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
 * Events per second of the Beam adapter on the DirectRunner against the single-JVM accumulator, on the same
 * 5,000 engagement events (200 posts, 3 days, 5 % re-delivered duplicates; views dominate). One invocation is a
 * whole job; the score is events per second. The DirectRunner's cost grows with the number of keys (every event id
 * is a key of the de-duplication state, with a timer for its clean-up), so a small job is enough: a run of 200,000
 * events did not finish in minutes on the shared machine.
 *
 * <ul>
 *   <li>{@code beamDirectRunner}: a pipeline of {@code Create.of(events)} and {@link EngagementKpis} (event
 *   time, calendar days in Asia/Shanghai, de-duplication by id in state, per-post combine), run to completion on
 *   the DirectRunner with its immutability and encodability checks off and two worker threads;</li>
 *   <li>{@code singleJvm}: the same job in one thread: a {@code HashSet} of event ids and one
 *   {@link PostDayKpis}, the peer of the ratio.</li>
 * </ul>
 *
 * <p>The DirectRunner is Beam's test runner, not a production one: the ratio says what the adapter costs on a
 * laptop-sized run, not what Flink or Dataflow do with it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
public class BeamEngagementBenchmark {
    static final int EVENTS = 5_000;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    List<KV<String, EngagementEvent>> events;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(11);
        EngagementType[] types = EngagementType.values();
        long start = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
        events = new ArrayList<>(EVENTS);
        while (events.size() < EVENTS) {
            if (!events.isEmpty() && r.nextInt(100) < 5) {
                events.add(events.get(r.nextInt(events.size())));
                continue;
            }
            int t = r.nextInt(100);
            EngagementEvent e = EngagementEvent.user(r.nextLong(500_000)).post(r.nextLong(200))
                    .did(types[t < 80 ? 0 : 1 + (t % 5)]).at(start + r.nextLong(3 * 86_400_000L));
            events.add(KV.of("evt-" + events.size(), e));
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long beamDirectRunner() {
        DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
        options.setRunner(DirectRunner.class);
        options.setBlockOnRun(true);
        options.setEnforceImmutability(false);
        options.setEnforceEncodability(false);
        options.setTargetParallelism(2);
        Pipeline p = Pipeline.create(options);
        p.apply(Create.of(events)).apply(EngagementKpis.perPostDay(SHANGHAI)); // the runner computes every step
        PipelineResult.State state = p.run().waitUntilFinish();
        if (state != PipelineResult.State.DONE) {
            throw new IllegalStateException("pipeline ended " + state);
        }
        return state.ordinal();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int singleJvm() {
        Set<String> seen = new HashSet<>();
        PostDayKpis kpis = PostDayKpis.zero(SHANGHAI);
        for (KV<String, EngagementEvent> e : events) {
            if (seen.add(e.getKey())) {
                kpis.add(e.getValue());
            }
        }
        return kpis.cells();
    }
}
