/**
 * The campaign post-mortem (复盘): one model assembled from a {@link io.github.mediaops.core.campaign.Campaign},
 * its connector snapshots, its leads, its A/B results and its spend, with a goal-vs-actual line per KPI
 * target. It is a model to render (see analytics-report), not a renderer.
 *
 * @since 0.1.0
 */
package io.github.mediaops.analytics.postmortem;
