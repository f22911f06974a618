package io.github.mediaops.analytics.accumulate;

/**
 * A mergeable accumulator: start from the type's {@code zero()}, {@link #add} inputs, {@link #merge}
 * partial accumulators (in any grouping and order: merge is associative and commutative up to floating
 * point rounding and, for sketches, their documented error), then read {@link #result()}.
 * {@link #toBytes()} gives a stable binary form that the type's {@code fromBytes} reads back.
 *
 * <p>This is the shape of Flink's {@code AggregateFunction}, Spark's {@code Aggregator} and Beam's
 * {@code CombineFn} (create, add, merge, extract), so an adapter is a few lines.
 *
 * @param <T> the input type
 * @param <R> the result type
 * @param <A> the accumulator's own type
 */
public interface Accumulator<T, R, A extends Accumulator<T, R, A>> {

    /** Adds one input; returns this accumulator. */
    A add(T value);

    /** Folds {@code other} into this accumulator (other is left unchanged); returns this accumulator. */
    A merge(A other);

    /** The current result; the accumulator stays usable. */
    R result();

    /** The stable binary form. */
    byte[] toBytes();
}
