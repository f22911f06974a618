/**
 * Budget allocation between channels (organic boost, feed ads, KOL, DOU+): media response curves
 * (adstock and Hill saturation, with Robyn's and Meridian's conventions), curve fitting from a
 * channel's spend history, and an allocator that maximises total response under a budget and
 * per-channel bounds or meets an efficiency target. See {@code analytics/analytics-growth/README.md} for worked examples.
 */
package io.github.mediaops.analytics.growth.budget;
