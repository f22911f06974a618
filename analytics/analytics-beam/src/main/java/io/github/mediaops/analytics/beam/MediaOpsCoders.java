package io.github.mediaops.analytics.beam;

import io.github.mediaops.analytics.accumulate.EngagementEvent;
import io.github.mediaops.analytics.accumulate.EngagementType;
import io.github.mediaops.analytics.accumulate.KllQuantiles;
import io.github.mediaops.analytics.accumulate.Moments;
import io.github.mediaops.analytics.accumulate.PostDayKpis;
import io.github.mediaops.analytics.accumulate.UniqueEstimate;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Beam coders for the values of analytics-accumulate: engagement events, per-post daily KPI rows and the
 * accumulators' results. {@link MediaOpsCoderRegistrar} registers them with every Beam
 * {@code CoderRegistry} (through {@code ServiceLoader}), so pipelines need no {@code setCoder} for them:
 *
 * <pre>{@code
 * PCollection<EngagementEvent> events = pipeline.apply(Create.of(list));   // coder inferred
 * events.setCoder(MediaOpsCoders.engagementEvent());                       // or explicit
 * }</pre>
 *
 * <p>Every coder here is deterministic and consistent with {@code equals} (numbers are written as fixed-width
 * big-endian values, doubles by their IEEE bits, enums by ordinal), so each may encode a grouping key.
 * Accumulators travel in their own compact forms ({@code toBytes()}); see {@link AccumulatorCombineFn}.
 *
 * @since 0.1.0
 */
public final class MediaOpsCoders {
    private MediaOpsCoders() {
    }

    /** @return the coder of {@link EngagementEvent} (25 bytes: user, post, type ordinal, epoch millis) */
    public static Coder<EngagementEvent> engagementEvent() {
        return EventCoder.INSTANCE;
    }

    /** @return the coder of {@link PostDayKpis.Row} (post, epoch day, counts by type, optional uniques) */
    public static Coder<PostDayKpis.Row> postDayRow() {
        return RowCoder.INSTANCE;
    }

    /** @return the coder of {@link UniqueEstimate} (estimate, lower, upper) */
    public static Coder<UniqueEstimate> uniqueEstimate() {
        return EstimateCoder.INSTANCE;
    }

    /** @return the coder of {@link Moments.Summary} (count, then each optional statistic) */
    public static Coder<Moments.Summary> momentsSummary() {
        return SummaryCoder.INSTANCE;
    }

    /** @return the coder of {@link KllQuantiles.Quantiles} (count, min, median, p90, p99, max) */
    public static Coder<KllQuantiles.Quantiles> quantiles() {
        return QuantilesCoder.INSTANCE;
    }

    private static final EngagementType[] TYPES = EngagementType.values();

    private static EngagementType type(int ordinal) throws CoderException {
        if (ordinal < 0 || ordinal >= TYPES.length) {
            throw new CoderException("unknown engagement type ordinal " + ordinal);
        }
        return TYPES[ordinal];
    }

    /** Deterministic, equals-consistent coders without state: one instance each. */
    private abstract static class ValueCoder<T> extends CustomCoder<T> {
        private static final long serialVersionUID = 1L;

        @Override
        public final void encode(T value, OutputStream out) throws IOException {
            if (value == null) {
                throw new CoderException("cannot encode a null " + getClass().getSimpleName());
            }
            write(value, new DataOutputStream(out));
        }

        @Override
        public final T decode(InputStream in) throws IOException {
            return read(new DataInputStream(in));
        }

        abstract void write(T value, DataOutputStream out) throws IOException;

        abstract T read(DataInputStream in) throws IOException;

        @Override
        public final void verifyDeterministic() {
        }

        @Override
        public final boolean consistentWithEquals() {
            return true;
        }

        @Override
        public final boolean equals(Object o) {
            return o != null && o.getClass() == getClass();
        }

        @Override
        public final int hashCode() {
            return getClass().hashCode();
        }

        @Override
        public final String toString() {
            return getClass().getSimpleName();
        }
    }

    static final class EventCoder extends ValueCoder<EngagementEvent> {
        private static final long serialVersionUID = 1L;
        static final EventCoder INSTANCE = new EventCoder();

        @Override
        void write(EngagementEvent e, DataOutputStream out) throws IOException {
            out.writeLong(e.userId());
            out.writeLong(e.postId());
            out.writeByte(e.type().ordinal());
            out.writeLong(e.epochMillis());
        }

        @Override
        EngagementEvent read(DataInputStream in) throws IOException {
            long user = in.readLong();
            long post = in.readLong();
            EngagementType type = type(in.readUnsignedByte());
            return EngagementEvent.user(user).post(post).did(type).at(in.readLong());
        }
    }

    static final class EstimateCoder extends ValueCoder<UniqueEstimate> {
        private static final long serialVersionUID = 1L;
        static final EstimateCoder INSTANCE = new EstimateCoder();

        @Override
        void write(UniqueEstimate u, DataOutputStream out) throws IOException {
            out.writeDouble(u.estimate());
            out.writeDouble(u.lower());
            out.writeDouble(u.upper());
        }

        @Override
        UniqueEstimate read(DataInputStream in) throws IOException {
            return new UniqueEstimate(in.readDouble(), in.readDouble(), in.readDouble());
        }
    }

    static final class RowCoder extends ValueCoder<PostDayKpis.Row> {
        private static final long serialVersionUID = 1L;
        static final RowCoder INSTANCE = new RowCoder();

        @Override
        void write(PostDayKpis.Row r, DataOutputStream out) throws IOException {
            out.writeLong(r.postId());
            out.writeLong(r.day().toEpochDay());
            // the map's own entries (rows from PostDayKpis hold every type), in type order: deterministic
            out.writeByte(r.counts().size());
            for (Map.Entry<EngagementType, Long> e : new EnumMap<>(r.counts()).entrySet()) {
                out.writeByte(e.getKey().ordinal());
                out.writeLong(e.getValue());
            }
            out.writeBoolean(r.uniqueUsers().isPresent());
            if (r.uniqueUsers().isPresent()) {
                EstimateCoder.INSTANCE.write(r.uniqueUsers().get(), out);
            }
        }

        @Override
        PostDayKpis.Row read(DataInputStream in) throws IOException {
            long post = in.readLong();
            LocalDate day = LocalDate.ofEpochDay(in.readLong());
            int n = in.readUnsignedByte();
            Map<EngagementType, Long> counts = new EnumMap<>(EngagementType.class);
            for (int i = 0; i < n; i++) {
                counts.put(type(in.readUnsignedByte()), in.readLong());
            }
            Optional<UniqueEstimate> u = in.readBoolean() ? Optional.of(EstimateCoder.INSTANCE.read(in))
                    : Optional.empty();
            return new PostDayKpis.Row(post, day, counts, u);
        }
    }

    static final class SummaryCoder extends ValueCoder<Moments.Summary> {
        private static final long serialVersionUID = 1L;
        static final SummaryCoder INSTANCE = new SummaryCoder();

        @Override
        void write(Moments.Summary s, DataOutputStream out) throws IOException {
            out.writeLong(s.count());
            for (OptionalDouble d : new OptionalDouble[] {s.mean(), s.sampleVariance(), s.populationVariance(),
                s.min(), s.max()}) {
                out.writeBoolean(d.isPresent());
                if (d.isPresent()) {
                    out.writeDouble(d.getAsDouble());
                }
            }
        }

        @Override
        Moments.Summary read(DataInputStream in) throws IOException {
            long count = in.readLong();
            return new Moments.Summary(count, optional(in), optional(in), optional(in), optional(in), optional(in));
        }

        private static OptionalDouble optional(DataInputStream in) throws IOException {
            return in.readBoolean() ? OptionalDouble.of(in.readDouble()) : OptionalDouble.empty();
        }
    }

    static final class QuantilesCoder extends ValueCoder<KllQuantiles.Quantiles> {
        private static final long serialVersionUID = 1L;
        static final QuantilesCoder INSTANCE = new QuantilesCoder();

        @Override
        void write(KllQuantiles.Quantiles q, DataOutputStream out) throws IOException {
            out.writeLong(q.count());
            out.writeDouble(q.min());
            out.writeDouble(q.median());
            out.writeDouble(q.p90());
            out.writeDouble(q.p99());
            out.writeDouble(q.max());
        }

        @Override
        KllQuantiles.Quantiles read(DataInputStream in) throws IOException {
            return new KllQuantiles.Quantiles(in.readLong(), in.readDouble(), in.readDouble(), in.readDouble(),
                    in.readDouble(), in.readDouble());
        }
    }
}
