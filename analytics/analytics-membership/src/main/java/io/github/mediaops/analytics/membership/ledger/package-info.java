/**
 * The points ledger: {@link io.github.mediaops.analytics.membership.ledger.PointsLedger} appends
 * {@link io.github.mediaops.analytics.membership.ledger.LedgerEntry entries} keyed by event id to a
 * {@link io.github.mediaops.analytics.membership.ledger.LedgerStore} and derives every balance from them.
 *
 * @since 0.1.0
 */
package io.github.mediaops.analytics.membership.ledger;
