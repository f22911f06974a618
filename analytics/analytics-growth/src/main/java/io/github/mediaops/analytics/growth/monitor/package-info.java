/**
 * Crisis monitoring (危机公关): control charts (EWMA, CUSUM), hour-of-week seasonal baselines, exact
 * tests on negative volume and negative share, and a monitor that turns them into alert levels with
 * escalation and cool-down. Alerts convert to {@link io.github.mediaops.core.connector.Notification}
 * so a host can send them through any notification connector.
 */
package io.github.mediaops.analytics.growth.monitor;
