/**
 * Mergeable accumulators for large volumes: counts, sums, mean/variance (Welford updates, Chan et al.
 * merges), distinct users with Apache DataSketches HLL and Theta sketches, and quantiles with KLL
 * sketches, plus an accumulator of engagement events into per-post daily KPIs.
 *
 * <p>Each accumulator has a zero ({@code zero()}), {@code add}, {@code merge}, {@code result} and a
 * stable binary form ({@code toBytes()} / {@code fromBytes}), so the same accumulator can run in each
 * partition of a Flink, Spark or Beam job and the partial results merge into the answer of the whole.
 * Accumulators are mutable, single-threaded values owned by the caller; {@code merge} folds the other
 * accumulator into this one and leaves the other unchanged.
 *
 * <p>Binary layout: the four ASCII bytes {@code MOAx} (x = a type letter), one format-version byte, then
 * the type's payload in big-endian order; sketches use DataSketches' own stable, cross-language
 * serialisation as payload. Bytes from a different type or an unknown version are rejected.
 */
package io.github.mediaops.analytics.accumulate;
