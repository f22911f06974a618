package io.github.mediaops.analytics.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mediaops.analytics.accumulate.EngagementEvent;
import io.github.mediaops.analytics.accumulate.EngagementType;
import io.github.mediaops.analytics.accumulate.PostDayKpis;
import io.github.mediaops.core.InvalidValueException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.windowing.AfterWatermark;
import org.apache.beam.sdk.transforms.windowing.Repeatedly;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.transforms.windowing.IntervalWindow;
import org.apache.beam.sdk.transforms.windowing.PaneInfo;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TimestampedValue;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The transform on the DirectRunner against the single-JVM {@link PostDayKpis} over the same events: the events
 * that count are decided here by the documented rule (first arrival per event id, dropped when its day's window
 * has expired: watermark past the end of the day plus the allowed lateness), independently of Beam.
 */
class EngagementKpisTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final java.time.Duration LATENESS = java.time.Duration.ofHours(1);

    /** An event as a source delivers it: keyed by its id. */
    private record Sent(String id, EngagementEvent event) {
        KV<String, EngagementEvent> kv() {
            return KV.of(id, event);
        }

        TimestampedValue<KV<String, EngagementEvent>> stamped() {
            return TimestampedValue.of(kv(), new Instant(event.epochMillis()));
        }
    }

    @Test
    void streaming_rows_equal_the_single_jvm_engine_with_duplicates_late_and_too_late_events() {
        SplittableRandom rnd = new SplittableRandom(20);
        long dayStart = DAY.atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
        long dayEnd = DAY.plusDays(1).atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
        long nextEnd = DAY.plusDays(2).atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
        int[] ids = {0};

        // phase 1, watermark before the end of DAY: events of DAY and DAY+1, and re-deliveries of some
        List<Sent> phase1 = events(rnd, ids, 150, dayStart, dayEnd);
        phase1.addAll(events(rnd, ids, 40, dayEnd, dayEnd + 3_600_000L));
        phase1.addAll(resent(rnd, phase1, 25));
        // phase 2, watermark 30 min past the end of DAY (within the hour of lateness): late events of DAY,
        // late re-deliveries of phase-1 events, re-deliveries of late events, on-time events of DAY+1
        long wm2 = dayEnd + 30 * 60_000L;
        List<Sent> phase2 = events(rnd, ids, 20, dayStart, dayEnd);
        List<Sent> phase2Late = List.copyOf(phase2);
        phase2.addAll(resent(rnd, phase1.subList(0, 150), 10));
        phase2.addAll(resent(rnd, phase2Late, 5));
        phase2.addAll(events(rnd, ids, 30, wm2, nextEnd));
        // phase 3, watermark two hours past the end of DAY: DAY has expired, its events are dropped
        long wm3 = dayEnd + 2 * 3_600_000L;
        List<Sent> phase3 = events(rnd, ids, 8, dayStart, dayEnd);
        phase3.addAll(resent(rnd, phase1.subList(0, 150), 3));

        TestStream.Builder<KV<String, EngagementEvent>> b = TestStream
                .create(KvCoder.of(StringUtf8Coder.of(), MediaOpsCoders.engagementEvent()));
        b = add(b, phase1).advanceWatermarkTo(new Instant(wm2));
        b = add(b, phase2).advanceWatermarkTo(new Instant(wm3));
        TestStream<KV<String, EngagementEvent>> stream = add(b, phase3).advanceWatermarkToInfinity();

        // the reference: which arrivals count, then the single-JVM engine over them
        Set<String> seen = new HashSet<>();
        PostDayKpis onTime = PostDayKpis.withUniques(SHANGHAI, 12);
        PostDayKpis whole = PostDayKpis.withUniques(SHANGHAI, 12);
        int duplicates = 0;
        long[] watermarks = {Long.MIN_VALUE, wm2, wm3};
        List<List<Sent>> phases = List.of(phase1, phase2, phase3);
        for (int p = 0; p < 3; p++) {
            for (Sent s : phases.get(p)) {
                long end = DAY.equals(dayOf(s.event())) ? dayEnd : nextEnd;
                if (end - 1 + LATENESS.toMillis() < watermarks[p]) {
                    continue; // expired window: dropped before de-duplication
                }
                if (!seen.add(s.id())) {
                    duplicates++;
                    continue;
                }
                whole.add(s.event());
                if (p == 0) {
                    onTime.add(s.event());
                }
            }
        }
        assertThat(duplicates).as("the scenario has duplicates to drop").isGreaterThan(30);

        TestPipeline pipeline = Pipelines.create();
        PCollection<PostDayKpis.Row> rows = pipeline.apply(stream)
                .apply(EngagementKpis.perPostDay(SHANGHAI).withAllowedLateness(LATENESS).withUniqueUsers(12));

        IntervalWindow day = window(DAY, SHANGHAI);
        // The on-time pane holds at least the events sent before the watermark passed the day and at most all
        // that count: the DirectRunner moves the watermark through the de-duplication step asynchronously, so an
        // event the source sent late can still reach the combine before its watermark passes the day.
        PAssert.that(rows).inOnTimePane(day).satisfies(new Between(rowsOn(onTime, DAY), rowsOn(whole, DAY)));
        PAssert.that(upserted(rows)).containsInAnyOrder(whole.result());
        PipelineResult result = pipeline.run();

        assertThat(whole.result()).extracting(PostDayKpis.Row::day).contains(DAY, DAY.plusDays(1));
        assertThat(rowsOn(whole, DAY)).isNotEqualTo(rowsOn(onTime, DAY)); // late events changed DAY's rows
        MetricResult<Long> dropped = result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.named("mediaops", "duplicateEvents")).build()).getCounters()
                .iterator().next();
        assertThat(dropped.getAttempted()).isEqualTo(duplicates);
    }

    @Test
    void batch_rows_equal_the_single_jvm_engine_across_a_daylight_saving_change() {
        ZoneId newYork = ZoneId.of("America/New_York"); // 2026-11-01 has 25 hours
        SplittableRandom rnd = new SplittableRandom(21);
        long from = LocalDate.of(2026, 10, 31).atStartOfDay(newYork).toInstant().toEpochMilli();
        long to = LocalDate.of(2026, 11, 3).atStartOfDay(newYork).toInstant().toEpochMilli();
        int[] ids = {0};
        List<Sent> sent = events(rnd, ids, 600, from, to);
        // the edges of each day, and the repeated 01:00-02:00 hour of the change
        for (ZonedDateTime t : new ZonedDateTime[] {
            ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, newYork), ZonedDateTime.of(2026, 10, 31, 23, 59, 59, 999_000_000, newYork),
            ZonedDateTime.of(2026, 11, 1, 23, 59, 59, 999_000_000, newYork), ZonedDateTime.of(2026, 11, 2, 0, 0, 0, 0, newYork),
            ZonedDateTime.of(2026, 11, 1, 1, 30, 0, 0, newYork).withLaterOffsetAtOverlap()}) {
            sent.add(new Sent("edge-" + ids[0]++, EngagementEvent.user(1L).post(9L).did(EngagementType.VIEW)
                    .at(t.toInstant())));
        }
        sent.addAll(resent(rnd, sent, 80));
        PostDayKpis single = PostDayKpis.zero(newYork);
        Set<String> seen = new HashSet<>();
        for (Sent s : sent) {
            if (seen.add(s.id())) {
                single.add(s.event());
            }
        }
        List<KV<String, EngagementEvent>> input = sent.stream().map(Sent::kv).toList();

        TestPipeline pipeline = Pipelines.create();
        PCollection<PostDayKpis.Row> rows = pipeline.apply(Create.of(input))
                .apply(EngagementKpis.perPostDay(newYork));
        PAssert.that(rows).containsInAnyOrder(single.result());
        pipeline.run();

        assertThat(single.result()).extracting(PostDayKpis.Row::day).containsOnly(LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
    }

    @Test
    void bad_settings_fail_where_the_pipeline_is_built() {
        EngagementKpis kpis = EngagementKpis.perPostDay(SHANGHAI);
        assertThatThrownBy(() -> kpis.withAllowedLateness(java.time.Duration.ofMinutes(-1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("allowedLateness").hasMessageContaining("PT-1M");
        assertThatThrownBy(() -> kpis.withUniqueUsers(30)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("lgK").hasMessageContaining("30");
        assertThat(kpis.withAllowedLateness(LATENESS).allowedLateness()).isEqualTo(LATENESS);
        assertThat(kpis.allowedLateness()).isEqualTo(java.time.Duration.ZERO);
    }

    private static List<Sent> events(SplittableRandom rnd, int[] ids, int n, long from, long to) {
        EngagementType[] types = EngagementType.values();
        List<Sent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EngagementEvent e = EngagementEvent.user(rnd.nextLong(1, 60)).post(rnd.nextLong(1, 5))
                    .did(types[rnd.nextInt(types.length)]).at(rnd.nextLong(from, to));
            out.add(new Sent("evt-" + ids[0]++, e));
        }
        return out;
    }

    private static List<Sent> resent(SplittableRandom rnd, List<Sent> of, int n) {
        List<Sent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(of.get(rnd.nextInt(of.size())));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static TestStream.Builder<KV<String, EngagementEvent>> add(TestStream.Builder<KV<String, EngagementEvent>> b,
                                                                      List<Sent> sent) {
        TimestampedValue<KV<String, EngagementEvent>>[] rest = sent.subList(1, sent.size()).stream().map(Sent::stamped)
                .toArray(TimestampedValue[]::new);
        return b.addElements(sent.get(0).stamped(), rest);
    }

    private static LocalDate dayOf(EngagementEvent e) {
        return java.time.Instant.ofEpochMilli(e.epochMillis()).atZone(SHANGHAI).toLocalDate();
    }

    private static List<PostDayKpis.Row> rowsOn(PostDayKpis kpis, LocalDate day) {
        return kpis.result().stream().filter(r -> r.day().equals(day)).toList();
    }

    private static IntervalWindow window(LocalDate day, ZoneId zone) {
        return new IntervalWindow(new Instant(day.atStartOfDay(zone).toInstant().toEpochMilli()),
                new Instant(day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()));
    }

    /** What a sink that upserts by post and day ends with: the row of each (post, day)'s last pane. */
    private static PCollection<PostDayKpis.Row> upserted(PCollection<PostDayKpis.Row> rows) {
        return rows.apply("ByPostDay", ParDo.of(new ByPostDay()))
                .apply("AllPanes", Window.<KV<String, KV<Long, PostDayKpis.Row>>>into(new GlobalWindows())
                        .triggering(Repeatedly.forever(AfterWatermark.pastEndOfWindow())).withAllowedLateness(Duration.ZERO).discardingFiredPanes())
                .apply("LastPane", Combine.perKey(new LastPane()))
                .apply("Row", Values.create())
                .apply("Unwrap", ParDo.of(new Unwrap()));
    }

    /** Each row's counts lie between those of the same post in two reference row lists (kept as plain arrays). */
    static final class Between implements SerializableFunction<Iterable<PostDayKpis.Row>, Void> {
        private final HashMap<Long, long[]> atLeast;
        private final HashMap<Long, long[]> atMost;

        Between(List<PostDayKpis.Row> atLeast, List<PostDayKpis.Row> atMost) {
            this.atLeast = counts(atLeast);
            this.atMost = counts(atMost);
        }

        private static HashMap<Long, long[]> counts(List<PostDayKpis.Row> rows) {
            HashMap<Long, long[]> m = new HashMap<>();
            for (PostDayKpis.Row r : rows) {
                m.put(r.postId(), Arrays.stream(EngagementType.values()).mapToLong(r::count).toArray());
            }
            return m;
        }

        @Override
        public Void apply(Iterable<PostDayKpis.Row> rows) {
            List<Long> posts = new ArrayList<>();
            for (PostDayKpis.Row r : rows) {
                posts.add(r.postId());
                for (EngagementType t : EngagementType.values()) {
                    assertThat(r.count(t)).as("post %d %s", r.postId(), t)
                            .isBetween(atLeast.get(r.postId())[t.ordinal()], atMost.get(r.postId())[t.ordinal()]);
                }
            }
            assertThat(posts).containsExactlyInAnyOrderElementsOf(atLeast.keySet());
            return null;
        }
    }

    static final class ByPostDay extends DoFn<PostDayKpis.Row, KV<String, KV<Long, PostDayKpis.Row>>> {
        @ProcessElement
        public void process(@Element PostDayKpis.Row r, PaneInfo pane,
                            OutputReceiver<KV<String, KV<Long, PostDayKpis.Row>>> out) {
            out.output(KV.of(r.postId() + "@" + r.day(), KV.of(pane.getIndex(), r)));
        }
    }

    static final class LastPane implements SerializableFunction<Iterable<KV<Long, PostDayKpis.Row>>, KV<Long, PostDayKpis.Row>> {
        @Override
        public KV<Long, PostDayKpis.Row> apply(Iterable<KV<Long, PostDayKpis.Row>> panes) {
            KV<Long, PostDayKpis.Row> last = null;
            for (KV<Long, PostDayKpis.Row> p : panes) {
                if (last == null || p.getKey() > last.getKey()) {
                    last = p;
                }
            }
            return last;
        }
    }

    static final class Unwrap extends DoFn<KV<Long, PostDayKpis.Row>, PostDayKpis.Row> {
        @ProcessElement
        public void process(@Element KV<Long, PostDayKpis.Row> r, OutputReceiver<PostDayKpis.Row> out) {
            out.output(r.getValue());
        }
    }
}
