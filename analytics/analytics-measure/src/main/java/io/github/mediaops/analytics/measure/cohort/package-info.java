/**
 * Retention cohorts: users grouped by the day, week or month of their first follow or first purchase,
 * with the share of each cohort active in each later period, the pooled retention curve and the
 * period-over-period decline of active users.
 */
package io.github.mediaops.analytics.measure.cohort;
