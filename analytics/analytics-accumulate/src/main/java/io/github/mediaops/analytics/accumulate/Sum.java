package io.github.mediaops.analytics.accumulate;

import io.github.mediaops.core.validate.Checks;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * A compensated sum of doubles (Neumaier's improvement of Kahan summation), so that summing millions
 * of values in any order and merging partial sums loses almost no precision. Non-finite inputs are
 * rejected. Reference: A. Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
 * Summen", ZAMM 54, 1974.
 *
 * @since 0.1.0
 */
public final class Sum implements Accumulator<Double, Double, Sum> {
    private double sum;
    private double compensation;

    private Sum(double sum, double compensation) {
        this.sum = sum;
        this.compensation = compensation;
    }

    /** @return a sum of nothing, the identity of {@link #merge} */
    public static Sum zero() {
        return new Sum(0, 0);
    }

    /**
     * Adds one value.
     *
     * @param x the value; finite
     * @return this accumulator
     */
    public Sum add(double x) {
        Checks.finite(x, "value");
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
        return this;
    }

    /**
     * Adds one value.
     *
     * @param x the value; finite, not null
     * @return this accumulator
     */
    @Override
    public Sum add(Double x) {
        return add(x.doubleValue());
    }

    @Override
    public Sum merge(Sum other) {
        add(other.sum);
        compensation += other.compensation;
        return this;
    }

    @Override
    public Double result() {
        return sum + compensation;
    }

    @Override
    public byte[] toBytes() {
        return Codec.writer('S', 16).putDouble(sum).putDouble(compensation).array();
    }

    /**
     * Restores a sum written by {@link #toBytes()}.
     *
     * @param bytes the serialized form
     * @return the sum
     * @throws io.github.mediaops.core.InvalidValueException if the bytes are not a serialized sum
     */
    public static Sum fromBytes(byte[] bytes) {
        ByteBuffer b = Codec.reader(bytes, 'S', "Sum");
        try {
            Sum s = new Sum(Checks.finite(b.getDouble(), "sum"), Checks.finite(b.getDouble(), "compensation"));
            Codec.requireEnd(b, "Sum");
            return s;
        } catch (BufferUnderflowException e) {
            throw Codec.truncated("Sum", e);
        }
    }
}
