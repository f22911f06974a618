/**
 * Campaign results from the domain model a host already has: a {@link io.github.mediaops.core.campaign.Campaign}
 * (budget, spend, goals as KPI targets, channels), the {@code ContentMetrics} and {@code AudienceMetrics}
 * snapshots any connector returns, lead records and revenue. {@link
 * io.github.mediaops.analytics.measure.campaign.CampaignResults} computes each KPI's actual value and
 * compares it with each goal; {@link io.github.mediaops.analytics.measure.campaign.CampaignSpend} states
 * budget use and overspend.
 *
 * @since 0.1.0
 */
package io.github.mediaops.analytics.measure.campaign;
