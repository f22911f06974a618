/**
 * Apache Beam adapter of analytics-accumulate: the mergeable accumulators as {@code CombineFn}s
 * ({@link io.github.mediaops.analytics.beam.AccumulatorCombineFn}), Beam coders for their inputs and results
 * ({@link io.github.mediaops.analytics.beam.MediaOpsCoders}, registered automatically), and a
 * {@code PTransform} from engagement events to per-post daily KPI rows with event-time days, late data and
 * de-duplication by event id ({@link io.github.mediaops.analytics.beam.EngagementKpis}).
 */
package io.github.mediaops.analytics.beam;
