package io.github.mediaops.analytics.beam;

import io.github.mediaops.analytics.accumulate.EngagementEvent;
import io.github.mediaops.analytics.accumulate.PostDayKpis;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.AfterPane;
import org.apache.beam.sdk.transforms.windowing.AfterWatermark;
import org.apache.beam.sdk.transforms.windowing.CalendarWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.DateTimeZone;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * Engagement events to per-post daily KPI rows, on any Beam runner: the DirectRunner in tests, Flink, Spark
 * or Dataflow in production, without code changes. The input is keyed by the event's id (the platform's
 * message or log id, or a hash of the raw event); the output holds one {@link PostDayKpis.Row} per post and
 * calendar day in the configured zone, equal to what {@link PostDayKpis} computes in one JVM over the same
 * events without duplicates.
 *
 * <pre>{@code
 * PCollection<KV<String, EngagementEvent>> byEventId = ...;   // e.g. from Kafka, keyed by message id
 * PCollection<PostDayKpis.Row> rows = byEventId.apply(EngagementKpis.perPostDay(ZoneId.of("Asia/Shanghai"))
 *         .withAllowedLateness(java.time.Duration.ofHours(6))
 *         .withUniqueUsers(12));
 * }</pre>
 *
 * <p>How it counts:
 * <ol>
 *   <li><b>Event time.</b> Each element is re-stamped with its event's time ({@code epochMillis}), so the day
 *   of a row is the day the user engaged, whatever time the source stamped. An element that the source
 *   stamped later than its event time (ingestion time) becomes late by the difference.</li>
 *   <li><b>Days.</b> Calendar-day windows in the zone ({@code CalendarWindows}, daylight saving included).
 *   A day's rows are emitted when the watermark passes the end of the day, then again, updated, for each
 *   late event that arrives within the allowed lateness (accumulating panes: every pane holds the whole row
 *   so far, so a sink upserts by post and day). Events later than that are dropped, as Beam drops expired
 *   data; by default the allowed lateness is zero.</li>
 *   <li><b>Duplicates.</b> Of the events that share an id within a day, the first to arrive counts and the
 *   rest are dropped, including duplicates that arrive late, until the day's window expires (state per id
 *   and day; duplicates are re-deliveries of one event, so they share its time). Dropped duplicates are
 *   counted in the Beam counter {@code mediaops/duplicateEvents}.</li>
 *   <li><b>KPIs.</b> Per post, the events of the day are combined with {@link AccumulatorCombineFn#postDayKpis}
 *   (or its uniques variant), so the counts and unique-user estimates are the single-JVM ones.</li>
 * </ol>
 *
 * <p>Instances are immutable; the {@code with...} methods return new ones.
 *
 * @since 0.1.0
 */
public final class EngagementKpis extends PTransform<PCollection<KV<String, EngagementEvent>>, PCollection<PostDayKpis.Row>> {
    private static final long serialVersionUID = 1L;

    private final ZoneId zone;
    private final java.time.Duration allowedLateness;
    private final int uniquesLgK; // 0: counts only

    private EngagementKpis(ZoneId zone, java.time.Duration allowedLateness, int uniquesLgK) {
        super("EngagementKpis");
        this.zone = zone;
        this.allowedLateness = allowedLateness;
        this.uniquesLgK = uniquesLgK;
        dayWindows(zone); // fails now for a zone Beam's time library does not know
        if (uniquesLgK != 0) {
            PostDayKpis.withUniques(zone, uniquesLgK); // validates lgK where the pipeline is built
        }
    }

    /**
     * Counts per post and day, days in {@code zone}, no allowed lateness, no unique users.
     *
     * @param zone the zone whose calendar days cut the rows (Asia/Shanghai for the Chinese platforms)
     * @return the transform
     */
    public static EngagementKpis perPostDay(ZoneId zone) {
        return new EngagementKpis(Checks.notNull(zone, "zone"), java.time.Duration.ZERO, 0);
    }

    /**
     * How long after the end of a day (by the watermark) late events still update its rows.
     *
     * @param lateness zero or positive
     * @return a transform with that lateness
     * @throws InvalidValueException if {@code lateness} is negative
     */
    public EngagementKpis withAllowedLateness(java.time.Duration lateness) {
        Checks.notNull(lateness, "allowedLateness");
        if (lateness.isNegative()) {
            throw new InvalidValueException("allowedLateness", "allowedLateness must not be negative (was " + lateness + ")");
        }
        return new EngagementKpis(zone, lateness, uniquesLgK);
    }

    /**
     * Also estimates the distinct users per post and day, with HLL sketches of 2<sup>lgK</sup> registers.
     *
     * @param lgK 4..21 (12: ~1.6 % error)
     * @return a transform with unique users
     * @throws InvalidValueException if {@code lgK} is out of range
     */
    public EngagementKpis withUniqueUsers(int lgK) {
        return new EngagementKpis(zone, allowedLateness, lgK);
    }

    /** @return the zone whose calendar days cut the rows */
    public ZoneId zone() {
        return zone;
    }

    /** @return how long after the end of a day late events still count */
    public java.time.Duration allowedLateness() {
        return allowedLateness;
    }

    @Override
    public PCollection<PostDayKpis.Row> expand(PCollection<KV<String, EngagementEvent>> events) {
        AccumulatorCombineFn<EngagementEvent, PostDayKpis, List<PostDayKpis.Row>> kpis = uniquesLgK == 0
                ? AccumulatorCombineFn.postDayKpis(zone) : AccumulatorCombineFn.postDayKpisWithUniques(zone, uniquesLgK);
        KvCoder<String, EngagementEvent> byId = KvCoder.of(StringUtf8Coder.of(), MediaOpsCoders.engagementEvent());
        return events
                .apply("AtEventTime", ParDo.of(new AtEventTime())).setCoder(byId)
                .apply("Days", Window.<KV<String, EngagementEvent>>into(dayWindows(zone))
                        .triggering(AfterWatermark.pastEndOfWindow().withLateFirings(AfterPane.elementCountAtLeast(1)))
                        .withAllowedLateness(Duration.millis(allowedLateness.toMillis()))
                        .accumulatingFiredPanes())
                .apply("DropDuplicates", ParDo.of(new FirstPerEventId()))
                .setCoder(KvCoder.of(VarLongCoder.of(), MediaOpsCoders.engagementEvent()))
                .apply("PerPostDay", Combine.perKey(kpis))
                .apply("Rows", ParDo.of(new Rows())).setCoder(MediaOpsCoders.postDayRow());
    }

    static CalendarWindows.DaysWindows dayWindows(ZoneId zone) {
        DateTimeZone tz;
        if (zone instanceof ZoneOffset offset) {
            tz = DateTimeZone.forOffsetMillis(offset.getTotalSeconds() * 1000);
        } else {
            try {
                tz = DateTimeZone.forID(zone.getId());
            } catch (IllegalArgumentException e) {
                InvalidValueException x = new InvalidValueException("zone", "zone " + zone.getId()
                        + " is unknown to Joda-Time, which Beam's calendar windows use; use a region id or an offset");
                x.initCause(e);
                throw x;
            }
        }
        return CalendarWindows.days(1).withTimeZone(tz);
    }

    /** Stamps each element with its event's time (which may move it back: see the class comment). */
    static final class AtEventTime extends DoFn<KV<String, EngagementEvent>, KV<String, EngagementEvent>> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<String, EngagementEvent> e, OutputReceiver<KV<String, EngagementEvent>> out) {
            out.outputWithTimestamp(e, new Instant(e.getValue().epochMillis()));
        }

        /**
         * Any skew: an event stamped back behind the watermark is late data, counted within the allowed lateness
         * and dropped after it, which is the event-time contract this transform documents.
         */
        @Override
        @SuppressWarnings("deprecation")
        public Duration getAllowedTimestampSkew() {
            return Duration.millis(Long.MAX_VALUE);
        }
    }

    /** Keeps the first event per id and day; keys the survivors by post. */
    static final class FirstPerEventId extends DoFn<KV<String, EngagementEvent>, KV<Long, EngagementEvent>> {
        private static final long serialVersionUID = 1L;
        private final Counter duplicates = Metrics.counter("mediaops", "duplicateEvents");

        @StateId("seen")
        private final StateSpec<ValueState<Boolean>> seen = StateSpecs.value();

        @ProcessElement
        public void process(@Element KV<String, EngagementEvent> e, @StateId("seen") ValueState<Boolean> state,
                            OutputReceiver<KV<Long, EngagementEvent>> out) {
            if (state.read() != null) {
                duplicates.inc();
                return;
            }
            state.write(Boolean.TRUE);
            out.output(KV.of(e.getValue().postId(), e.getValue()));
        }
    }

    /** The (single) row of each post and day. */
    static final class Rows extends DoFn<KV<Long, List<PostDayKpis.Row>>, PostDayKpis.Row> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element KV<Long, List<PostDayKpis.Row>> rows, OutputReceiver<PostDayKpis.Row> out) {
            rows.getValue().forEach(out::output);
        }
    }
}
