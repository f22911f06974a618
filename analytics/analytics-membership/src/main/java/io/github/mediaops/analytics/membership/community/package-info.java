/**
 * Community KPIs from group statistics: {@link io.github.mediaops.analytics.membership.community.CommunityKpis}
 * (daily active members and message volume per member) and
 * {@link io.github.mediaops.analytics.membership.community.CommunityRetention} (retention of joiners by weekly
 * cohort, and which content brought members who stayed).
 *
 * @since 0.1.0
 */
package io.github.mediaops.analytics.membership.community;
