/**
 * Content and audience KPIs: engagement rate with a named denominator, read/play rate, completion
 * rate, click-through, conversion, share and save rates, follower growth (net, gross, churn), and
 * roll-ups by day, week or month and by content, platform, account or campaign.
 *
 * <p>Absent metrics stay absent: a total is reported only when every snapshot in the group reported
 * the metric, and a rate only when its numerator and denominator are both known and the denominator
 * is positive. Late corrections (T+1 re-reads) replace earlier readings of the same day instead of
 * adding to them.
 */
package io.github.mediaops.analytics.measure.kpi;
