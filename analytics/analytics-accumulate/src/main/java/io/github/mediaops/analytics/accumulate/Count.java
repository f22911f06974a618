package io.github.mediaops.analytics.accumulate;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * A count of events. {@code add(n)} adds n events; the result is the total. Overflow is an error.
 *
 * @since 0.1.0
 */
public final class Count implements Accumulator<Long, Long, Count> {
    private long count;

    private Count(long count) {
        this.count = count;
    }

    /** @return a count of nothing, the identity of {@link #merge} */
    public static Count zero() {
        return new Count(0);
    }

    /** Adds one event. */
    public Count increment() {
        count = Math.addExact(count, 1);
        return this;
    }

    /** Adds {@code n} events (n may not be negative). */
    public Count add(long n) {
        io.github.mediaops.core.validate.Checks.nonNegative(n, "n");
        count = Math.addExact(count, n);
        return this;
    }

    @Override
    public Count add(Long n) {
        return add(n.longValue());
    }

    @Override
    public Count merge(Count other) {
        count = Math.addExact(count, other.count);
        return this;
    }

    @Override
    public Long result() {
        return count;
    }

    /** @return the number of values counted */
    public long value() {
        return count;
    }

    @Override
    public byte[] toBytes() {
        return Codec.writer('C', 8).putLong(count).array();
    }

    /**
     * Restores a count written by {@link #toBytes()}.
     *
     * @param bytes the serialized form
     * @return the count
     * @throws io.github.mediaops.core.InvalidValueException if the bytes are not a serialized count
     */
    public static Count fromBytes(byte[] bytes) {
        ByteBuffer b = Codec.reader(bytes, 'C', "Count");
        try {
            long c = b.getLong();
            Codec.requireEnd(b, "Count");
            return new Count(io.github.mediaops.core.validate.Checks.nonNegative(c, "count"));
        } catch (BufferUnderflowException e) {
            throw Codec.truncated("Count", e);
        }
    }

    @Override
    public String toString() {
        return "Count[" + count + "]";
    }
}
