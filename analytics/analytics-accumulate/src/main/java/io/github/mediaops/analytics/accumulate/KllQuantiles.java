package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.ByteBuffer;
import org.apache.datasketches.common.SketchesArgumentException;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

/**
 * Quantiles of a stream of doubles (watch time, order value, response time) with an Apache
 * DataSketches KLL sketch: a few kilobytes however long the stream, mergeable, with a normalised rank
 * error of about 1.65% at the default k = 200 (99% confidence, as DataSketches documents). Ranks are
 * inclusive. Reference: Karnin, Lang &amp; Liberty, "Optimal Quantile Approximation in Streams",
 * FOCS 2016; https://datasketches.apache.org/docs/KLL/KLLSketch.html.
 *
 * <p>KLL compaction uses randomness internally, so two sketches of the same input may differ within
 * the error bound; results are reproducible only in distribution.
 *
 * @since 0.1.0
 */
public final class KllQuantiles implements Accumulator<Double, KllQuantiles.Quantiles, KllQuantiles> {
    /** Default accuracy parameter. */
    public static final int DEFAULT_K = 200;
    private final KllDoublesSketch sketch;

    private KllQuantiles(KllDoublesSketch sketch) {
        this.sketch = sketch;
    }

    /** @return an empty sketch with the default accuracy parameter k */
    public static KllQuantiles zero() {
        return zero(DEFAULT_K);
    }

    /**
     * An empty sketch with accuracy parameter {@code k} (larger is more accurate and larger).
     *
     * @param k the KLL accuracy parameter
     * @return the sketch
     */
    public static KllQuantiles zero(int k) {
        if (k < 8 || k > 65535) {
            throw new InvalidValueException("k", "k must be in 8..65535 (was " + k + ")");
        }
        return new KllQuantiles(KllDoublesSketch.newHeapInstance(k));
    }

    /**
     * A summary: count, min, max, median, 90th and 99th percentiles (all NaN-free: empty sketches have no
     * summary, see {@link #result()}). Java-serialisable, so a distributed job may ship it as a value.
     */
    public record Quantiles(long count, double min, double median, double p90, double p99, double max)
            implements java.io.Serializable {
        /** Validates the components; bad values fail with the field named. */
        public Quantiles {
            Checks.positive(count, "count");
        }
    }

    /**
     * Adds one value.
     *
     * @param x the value; finite
     * @return this accumulator
     */
    public KllQuantiles add(double x) {
        Checks.finite(x, "value");
        sketch.update(x);
        return this;
    }

    /**
     * Adds one value.
     *
     * @param x the value; finite, not null
     * @return this accumulator
     */
    @Override
    public KllQuantiles add(Double x) {
        return add(x.doubleValue());
    }

    @Override
    public KllQuantiles merge(KllQuantiles other) {
        sketch.merge(other.sketch);
        return this;
    }

    /** @return the number of values added (merged sketches included) */
    public long count() {
        return sketch.getN();
    }

    /**
     * The summary.
     *
     * @throws InvalidValueException if nothing was added (quantiles of an empty stream are undefined)
     */
    @Override
    public Quantiles result() {
        requireData();
        return new Quantiles(sketch.getN(), sketch.getMinItem(), quantile(0.5), quantile(0.9), quantile(0.99),
                sketch.getMaxItem());
    }

    /** The approximate quantile at normalised rank {@code rank} in [0, 1]. */
    public double quantile(double rank) {
        Checks.fraction(rank, "rank");
        requireData();
        return sketch.getQuantile(rank, QuantileSearchCriteria.INCLUSIVE);
    }

    /** The approximate normalised rank of {@code value}: the fraction of items ≤ value. */
    public double rank(double value) {
        Checks.finite(value, "value");
        requireData();
        return sketch.getRank(value, QuantileSearchCriteria.INCLUSIVE);
    }

    /** The a-priori normalised rank error (99% confidence) of this sketch's k. */
    public double normalizedRankError() {
        return sketch.getNormalizedRankError(false);
    }

    private void requireData() {
        if (sketch.isEmpty()) {
            throw new InvalidValueException("sketch", "no values added; quantiles of an empty stream are undefined");
        }
    }

    @Override
    public byte[] toBytes() {
        byte[] s = sketch.toByteArray();
        return Codec.writer('K', s.length).put(s).array();
    }

    /**
     * Restores a sketch written by {@link #toBytes()}.
     *
     * @param bytes the serialized form
     * @return the sketch
     * @throws io.github.mediaops.core.InvalidValueException if the bytes are not a serialized KLL sketch
     */
    public static KllQuantiles fromBytes(byte[] bytes) {
        ByteBuffer b = Codec.reader(bytes, 'K', "KllQuantiles");
        try {
            return new KllQuantiles(KllDoublesSketch.heapify(Memory.wrap(Codec.rest(b))));
        } catch (SketchesArgumentException | IndexOutOfBoundsException e) {
            throw Codec.truncated("KllQuantiles", e);
        }
    }
}
