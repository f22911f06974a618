/**
 * Recommendation score from 0–10 "how likely are you to recommend us" answers: the share of promoters
 * (9–10) minus the share of detractors (0–6), on a −100..100 scale, with its standard error,
 * confidence intervals, margin of error, sample-size planning, a test of the difference between two
 * periods or segments, and breakdowns by segment. (The widely used name for this metric is a
 * trademark; the classes here are named neutrally.)
 */
package io.github.mediaops.analytics.measure.nps;
