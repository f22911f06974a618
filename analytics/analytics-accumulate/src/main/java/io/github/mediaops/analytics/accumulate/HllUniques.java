package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.ByteBuffer;
import org.apache.datasketches.common.SketchesArgumentException;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

/**
 * Distinct users (or any ids) with an Apache DataSketches HyperLogLog sketch: constant memory of about
 * 2<sup>lgK</sup> bytes however many ids are added, relative standard error about 1.04 / √2<sup>lgK</sup>
 * (1.6% at the default lgK = 12), and loss-free merging (the union of two sketches equals the sketch of
 * the union of their inputs). Reference: https://datasketches.apache.org/docs/HLL/HLL.html;
 * Flajolet et al., "HyperLogLog", AofA 2007.
 */
public final class HllUniques implements Accumulator<Long, UniqueEstimate, HllUniques> {
    /** The default log2 of the number of registers. */
    public static final int DEFAULT_LG_K = 12;
    private static final TgtHllType TYPE = TgtHllType.HLL_8;

    private HllSketch sketch;

    private HllUniques(HllSketch sketch) {
        this.sketch = sketch;
    }

    public static HllUniques zero() {
        return zero(DEFAULT_LG_K);
    }

    /** An empty sketch with 2^lgK registers, lgK in 4..21. */
    public static HllUniques zero(int lgK) {
        if (lgK < 4 || lgK > 21) {
            throw new InvalidValueException("lgK", "lgK must be in 4..21 (was " + lgK + ")");
        }
        return new HllUniques(new HllSketch(lgK, TYPE));
    }

    public int lgK() {
        return sketch.getLgConfigK();
    }

    public HllUniques add(long id) {
        sketch.update(id);
        return this;
    }

    public HllUniques add(String id) {
        sketch.update(Checks.notNull(id, "id"));
        return this;
    }

    @Override
    public HllUniques add(Long id) {
        return add(id.longValue());
    }

    /** Folds in another sketch; the result has the smaller lgK of the two. */
    @Override
    public HllUniques merge(HllUniques other) {
        Union u = new Union(Math.max(sketch.getLgConfigK(), other.sketch.getLgConfigK()));
        u.update(sketch);
        u.update(other.sketch);
        sketch = u.getResult(TYPE);
        return this;
    }

    /**
     * The estimate with ~95.4% bounds. It always uses DataSketches' composite estimator and the
     * relative-error table for merged ("out of order") sketches, not the HIP estimator that a sketch only
     * ever updated in order would use, so that a merged sketch and the sketch of the whole input (which
     * have identical registers) give the same answer.
     */
    @Override
    public UniqueEstimate result() {
        return estimateOf(sketch);
    }

    static UniqueEstimate estimateOf(HllSketch sketch) {
        double e = sketch.getCompositeEstimate();
        int lgK = sketch.getLgConfigK();
        double upper = e / (1.0 - HllSketch.getRelErr(true, true, lgK, 2));
        double lower = e / (1.0 + HllSketch.getRelErr(false, true, lgK, 2));
        return new UniqueEstimate(e, Math.min(e, lower), Math.max(e, upper));
    }

    /** Bytes the sketch holds now (its compact serialised size). */
    public int sizeBytes() {
        return sketch.getCompactSerializationBytes();
    }

    @Override
    public byte[] toBytes() {
        byte[] s = sketch.toCompactByteArray();
        return Codec.writer('H', s.length).put(s).array();
    }

    public static HllUniques fromBytes(byte[] bytes) {
        ByteBuffer b = Codec.reader(bytes, 'H', "HllUniques");
        try {
            return new HllUniques(HllSketch.heapify(Codec.rest(b)));
        } catch (SketchesArgumentException | IndexOutOfBoundsException e) {
            throw Codec.truncated("HllUniques", e);
        }
    }
}
