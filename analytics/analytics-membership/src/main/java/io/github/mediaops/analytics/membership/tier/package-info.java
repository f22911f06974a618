/**
 * Membership tiers: {@link io.github.mediaops.analytics.membership.tier.TierProgram} evaluates a member's
 * tier from qualifying rules given as data, with the reasons, and the perks the member is eligible for.
 *
 * @since 0.1.0
 */
package io.github.mediaops.analytics.membership.tier;
