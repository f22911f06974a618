/**
 * Ordered conversion funnels with a conversion window: users per step, step-to-step and overall
 * conversion, drop-off and time to convert; includes the private-traffic (私域) funnel from content to
 * a WeCom contact to a purchase.
 */
package io.github.mediaops.analytics.measure.funnel;
