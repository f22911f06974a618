/**
 * The points ledger's {@link io.github.mediaops.analytics.membership.ledger.LedgerStore} in a relational
 * database: {@link io.github.mediaops.analytics.membership.jdbc.JdbcLedgerStore}.
 *
 * @since 0.1.0
 */
package io.github.mediaops.analytics.membership.jdbc;
