package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.ByteBuffer;
import org.apache.datasketches.common.SketchesArgumentException;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

/**
 * Distinct users (or any ids) with an Apache DataSketches HyperLogLog sketch: constant memory however many
 * ids are added, and loss-free merging (the union of two sketches equals the sketch of the union of their
 * inputs). Reference: https://datasketches.apache.org/docs/HLL/HllSketches.html; Flajolet et al.,
 * "HyperLogLog", AofA 2007; Cohen, "All-distances sketches, revisited: HIP estimators", PODS 2014.
 *
 * <p><b>Registers</b> ({@link Registers}): DataSketches' {@code TgtHllType}. {@link Registers#HLL_8} (the
 * default here, one byte per register: 4 KB at lgK 12) is the fastest to merge; {@link Registers#HLL_4}
 * (half a byte per register plus a small exception table: about 2 KB at lgK 12) halves the memory and the
 * serialised size at some cost in update and merge speed. Both give identical estimates for the same input
 * (DataSketches: "all three types, for the same lg_config_k, have the same error distribution").
 *
 * <p><b>Estimator</b> ({@link Estimator}): DataSketches gives a sketch that was only ever updated in order
 * (one stream, no merge) its HIP estimator, whose relative standard error is about 0.83/√k, k = 2<sup>lgK</sup>
 * (1.3 % at lgK 12); a sketch that went through a union gets the composite estimator, about 1.04/√k (1.6 %
 * at lgK 12): 25 % more error. {@link Estimator#MERGE_CONSISTENT} (the default) always uses the composite
 * estimator and its bounds, so a merged sketch and the sketch of the whole input — which have identical
 * registers — give the same answer. {@link Estimator#SINGLE_STREAM} uses DataSketches' own choice: HIP and
 * its tighter bounds until the first merge, the composite estimator after. The bounds are DataSketches'
 * {@code getLowerBound(2)}/{@code getUpperBound(2)}, about 95.4 % (two standard deviations).
 *
 * <pre>{@code
 * HllUniques readers = HllUniques.zero(HllUniques.Config.defaults()
 *         .withRegisters(HllUniques.Registers.HLL_4).withEstimator(HllUniques.Estimator.SINGLE_STREAM));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HllUniques implements Accumulator<Long, UniqueEstimate, HllUniques> {
    /** The default log2 of the number of registers. */
    public static final int DEFAULT_LG_K = 12;

    /** How registers are stored: DataSketches' {@code TgtHllType}. */
    public enum Registers {
        /** 4 bits per register (about k/2 bytes): half the memory of {@link #HLL_8}. */
        HLL_4(TgtHllType.HLL_4),
        /** 8 bits per register (about k bytes): the fastest. */
        HLL_8(TgtHllType.HLL_8);

        private final TgtHllType type;

        Registers(TgtHllType type) {
            this.type = type;
        }
    }

    /** Which estimate {@link #result()} reports (see the class description). */
    public enum Estimator {
        /** Always the composite estimator: merged and whole-input sketches agree (1.04/√k). */
        MERGE_CONSISTENT,
        /** HIP (about 0.83/√k) while the sketch has seen one stream only; composite after a merge. */
        SINGLE_STREAM
    }

    /**
     * A sketch's configuration.
     *
     * @param lgK       log2 of the number of registers, 4..21
     * @param registers register width
     * @param estimator which estimate to report
     */
    public record Config(int lgK, Registers registers, Estimator estimator) {
        /** Validates the components; bad values fail with the field named. */
        public Config {
            if (lgK < 4 || lgK > 21) {
                throw new InvalidValueException("lgK", "lgK must be in 4..21 (was " + lgK + ")");
            }
            Checks.notNull(registers, "registers");
            Checks.notNull(estimator, "estimator");
        }

        /** lgK 12, {@link Registers#HLL_8}, {@link Estimator#MERGE_CONSISTENT}. */
        public static Config defaults() {
            return new Config(DEFAULT_LG_K, Registers.HLL_8, Estimator.MERGE_CONSISTENT);
        }

        /** This configuration with another lgK. */
        public Config withLgK(int lgK) {
            return new Config(lgK, registers, estimator);
        }

        /** This configuration with another register width. */
        public Config withRegisters(Registers registers) {
            return new Config(lgK, registers, estimator);
        }

        /** This configuration with another estimator. */
        public Config withEstimator(Estimator estimator) {
            return new Config(lgK, registers, estimator);
        }
    }

    private HllSketch sketch;
    private final Estimator estimator;

    private HllUniques(HllSketch sketch, Estimator estimator) {
        this.sketch = sketch;
        this.estimator = estimator;
    }

    /** An empty sketch with the {@link Config#defaults() default configuration}. */
    public static HllUniques zero() {
        return zero(Config.defaults());
    }

    /** An empty default sketch with 2^lgK registers, lgK in 4..21. */
    public static HllUniques zero(int lgK) {
        return zero(Config.defaults().withLgK(lgK));
    }

    /** An empty sketch with the given configuration. */
    public static HllUniques zero(Config config) {
        Checks.notNull(config, "config");
        return new HllUniques(new HllSketch(config.lgK(), config.registers().type), config.estimator());
    }

    /** The register width of this sketch. */
    public Registers registers() {
        return sketch.getTgtHllType() == TgtHllType.HLL_4 ? Registers.HLL_4 : Registers.HLL_8;
    }

    /** The estimator this sketch reports. */
    public Estimator estimator() {
        return estimator;
    }

    /** @return log2 of the number of registers (the sketch's lgK, 4..21) */
    public int lgK() {
        return sketch.getLgConfigK();
    }

    /**
     * Counts a numeric id (adding the same id again changes nothing).
     *
     * @param id the user or item id
     * @return this sketch
     */
    public HllUniques add(long id) {
        sketch.update(id);
        return this;
    }

    /**
     * Counts a string id (adding the same id again changes nothing).
     *
     * @param id the user or item id, not null
     * @return this sketch
     */
    public HllUniques add(String id) {
        sketch.update(Checks.notNull(id, "id"));
        return this;
    }

    @Override
    public HllUniques add(Long id) {
        return add(id.longValue());
    }

    /**
     * Folds in another sketch; the result has the smaller lgK of the two and this sketch's register width
     * and estimator. After a merge the estimate is the composite one whatever the estimator.
     */
    @Override
    public HllUniques merge(HllUniques other) {
        TgtHllType type = sketch.getTgtHllType();
        Union u = new Union(Math.max(sketch.getLgConfigK(), other.sketch.getLgConfigK()));
        u.update(sketch);
        u.update(other.sketch);
        sketch = u.getResult(type);
        merged = true;
        return this;
    }

    /** True once this sketch went through a merge (or was read from the bytes of a merged one). */
    private boolean merged;

    /**
     * The estimate with ~95.4 % bounds: with {@link Estimator#MERGE_CONSISTENT}, DataSketches' composite
     * estimator and the relative-error table for merged ("out of order") sketches; with
     * {@link Estimator#SINGLE_STREAM}, DataSketches' {@code getEstimate()} and bounds, which use HIP until
     * the sketch is merged.
     */
    @Override
    public UniqueEstimate result() {
        if (estimator == Estimator.SINGLE_STREAM && !merged) {
            double e = sketch.getEstimate();
            return new UniqueEstimate(e, Math.min(e, sketch.getLowerBound(2)), Math.max(e, sketch.getUpperBound(2)));
        }
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

    /**
     * The sketch's bytes: a {@link Estimator#MERGE_CONSISTENT} sketch as before (tag {@code H}, DataSketches'
     * compact form), a {@link Estimator#SINGLE_STREAM} one with its estimator and merge state (tag
     * {@code h}, two bytes, then the compact form). The register width travels in DataSketches' form.
     */
    @Override
    public byte[] toBytes() {
        byte[] s = sketch.toCompactByteArray();
        if (estimator == Estimator.MERGE_CONSISTENT) {
            return Codec.writer('H', s.length).put(s).array();
        }
        return Codec.writer('h', s.length + 2).put((byte) 1).put((byte) (merged ? 1 : 0)).put(s).array();
    }

    /** Reads {@link #toBytes()}; truncated or foreign bytes fail with a typed error. */
    public static HllUniques fromBytes(byte[] bytes) {
        Checks.notNull(bytes, "bytes");
        boolean single = bytes.length > 3 && bytes[3] == 'h';
        ByteBuffer b = Codec.reader(bytes, single ? 'h' : 'H', "HllUniques");
        try {
            if (!single) {
                return new HllUniques(HllSketch.heapify(Codec.rest(b)), Estimator.MERGE_CONSISTENT);
            }
            byte kind = b.get();
            if (kind != 1) {
                throw new InvalidValueException("bytes", "HllUniques estimator byte " + kind + " is unknown");
            }
            boolean wasMerged = b.get() == 1;
            HllUniques h = new HllUniques(HllSketch.heapify(Codec.rest(b)), Estimator.SINGLE_STREAM);
            h.merged = wasMerged;
            return h;
        } catch (SketchesArgumentException | IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            throw Codec.truncated("HllUniques", e);
        }
    }
}
