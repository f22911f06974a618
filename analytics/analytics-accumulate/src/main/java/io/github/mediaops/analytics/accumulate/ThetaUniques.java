package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.ByteBuffer;
import org.apache.datasketches.common.SketchesArgumentException;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.theta.CompactSketch;
import org.apache.datasketches.theta.Intersection;
import org.apache.datasketches.theta.SetOperation;
import org.apache.datasketches.theta.Sketch;
import org.apache.datasketches.theta.Union;

/**
 * Distinct ids with an Apache DataSketches Theta sketch (KMV family). Larger than HLL for the same
 * accuracy, but it supports set expressions: {@link #intersectionEstimate} answers "how many users
 * engaged with both posts". Relative standard error about 1 / √k for k nominal entries (k = 4096 by
 * default: 1.6%). Reference: https://datasketches.apache.org/docs/Theta/ThetaSketchFramework.html.
 *
 * @since 0.1.0
 */
public final class ThetaUniques implements Accumulator<Long, UniqueEstimate, ThetaUniques> {
    /** Default nominal entries. */
    public static final int DEFAULT_K = 4096;

    private final int k;
    private final Union union;

    private ThetaUniques(int k) {
        this.k = k;
        this.union = SetOperation.builder().setNominalEntries(k).buildUnion();
    }

    /** @return an empty sketch with the default nominal entries */
    public static ThetaUniques zero() {
        return zero(DEFAULT_K);
    }

    /** An empty sketch with {@code k} nominal entries, a power of two from 16 to 2^26. */
    public static ThetaUniques zero(int k) {
        if (k < 16 || k > (1 << 26) || Integer.bitCount(k) != 1) {
            throw new InvalidValueException("k", "k must be a power of two in 16..2^26 (was " + k + ")");
        }
        return new ThetaUniques(k);
    }

    /**
     * Adds one id.
     *
     * @param id the id
     * @return this accumulator
     */
    public ThetaUniques add(long id) {
        union.update(id);
        return this;
    }

    /**
     * Adds one id.
     *
     * @param id the id; not null
     * @return this accumulator
     */
    public ThetaUniques add(String id) {
        union.update(Checks.notNull(id, "id"));
        return this;
    }

    /**
     * Adds one id.
     *
     * @param id the id; not null
     * @return this accumulator
     */
    @Override
    public ThetaUniques add(Long id) {
        return add(id.longValue());
    }

    @Override
    public ThetaUniques merge(ThetaUniques other) {
        union.union(other.union.getResult());
        return this;
    }

    @Override
    public UniqueEstimate result() {
        CompactSketch s = union.getResult();
        double e = s.getEstimate();
        return new UniqueEstimate(e, Math.min(e, s.getLowerBound(2)), Math.max(e, s.getUpperBound(2)));
    }

    /** Estimated number of ids seen by both accumulators. */
    public UniqueEstimate intersectionEstimate(ThetaUniques other) {
        Intersection i = SetOperation.builder().buildIntersection();
        i.intersect(union.getResult());
        i.intersect(other.union.getResult());
        CompactSketch s = i.getResult();
        double e = s.getEstimate();
        return new UniqueEstimate(e, Math.min(e, s.getLowerBound(2)), Math.max(e, s.getUpperBound(2)));
    }

    @Override
    public byte[] toBytes() {
        byte[] s = union.getResult().toByteArray();
        return Codec.writer('T', 4 + s.length).putInt(k).put(s).array();
    }

    /**
     * Restores a sketch written by {@link #toBytes()}.
     *
     * @param bytes the serialized form
     * @return the sketch
     * @throws io.github.mediaops.core.InvalidValueException if the bytes are not a serialized Theta sketch
     */
    public static ThetaUniques fromBytes(byte[] bytes) {
        ByteBuffer b = Codec.reader(bytes, 'T', "ThetaUniques");
        try {
            ThetaUniques t = zero(b.getInt());
            t.union.union(Sketch.wrap(Memory.wrap(Codec.rest(b))));
            return t;
        } catch (SketchesArgumentException | java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw Codec.truncated("ThetaUniques", e);
        }
    }
}
