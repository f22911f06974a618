/**
 * From cumulative counter readings (lifetime views, follower totals) taken at irregular times to daily
 * deltas, with a stated interpolation rule, counter-reset detection and gap flags.
 */
package io.github.mediaops.analytics.measure.series;
