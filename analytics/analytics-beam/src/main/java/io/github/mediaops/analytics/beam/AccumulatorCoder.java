package io.github.mediaops.analytics.beam;

import io.github.mediaops.analytics.accumulate.Accumulator;
import io.github.mediaops.analytics.accumulate.HllUniques;
import io.github.mediaops.analytics.accumulate.KllQuantiles;
import io.github.mediaops.analytics.accumulate.Moments;
import io.github.mediaops.analytics.accumulate.PostDayKpis;
import io.github.mediaops.analytics.accumulate.ThetaUniques;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Function;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * An accumulator between workers: its own compact binary form ({@code toBytes()} / {@code fromBytes},
 * documented in analytics-accumulate), length-prefixed. Not deterministic (a sketch's or a cell table's
 * bytes depend on the order of its inputs), so never a key.
 */
final class AccumulatorCoder<A extends Accumulator<?, ?, A>> extends CustomCoder<A> {
    private static final long serialVersionUID = 1L;

    /** The accumulator types this module combines, each with its reader. */
    enum Kind {
        MOMENTS(Moments::fromBytes),
        HLL(HllUniques::fromBytes),
        THETA(ThetaUniques::fromBytes),
        KLL(KllQuantiles::fromBytes),
        POST_DAY(PostDayKpis::fromBytes);

        private final Function<byte[], ? extends Accumulator<?, ?, ?>> reader;

        Kind(Function<byte[], ? extends Accumulator<?, ?, ?>> reader) {
            this.reader = reader;
        }
    }

    private final Kind kind;

    AccumulatorCoder(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void encode(A value, OutputStream out) throws IOException {
        ByteArrayCoder.of().encode(value.toBytes(), out);
    }

    @Override
    @SuppressWarnings("unchecked")
    public A decode(InputStream in) throws IOException {
        return (A) kind.reader.apply(ByteArrayCoder.of().decode(in));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccumulatorCoder<?> c && c.kind == kind;
    }

    @Override
    public int hashCode() {
        return kind.hashCode();
    }

    @Override
    public String toString() {
        return "AccumulatorCoder[" + kind + "]";
    }
}
