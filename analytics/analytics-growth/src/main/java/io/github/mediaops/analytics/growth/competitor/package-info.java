/**
 * Competitor benchmarking from public post data: posting frequency and timing, content-type mix,
 * engagement per post, follower growth, share of voice on chosen topics, top posts, and where the
 * team's own accounts rank (percentiles).
 */
package io.github.mediaops.analytics.growth.competitor;
