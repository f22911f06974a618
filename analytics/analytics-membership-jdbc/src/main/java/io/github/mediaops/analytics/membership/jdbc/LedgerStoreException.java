package io.github.mediaops.analytics.membership.jdbc;

import io.github.mediaops.core.MediaOpsException;

/**
 * The database failed a ledger store operation (not a duplicate: those are {@code AppendOutcome}s). The
 * message names the operation, the table and the SQLState; it never contains connection credentials.
 *
 * @since 0.1.0
 */
public final class LedgerStoreException extends MediaOpsException {
    private static final long serialVersionUID = 1L;

    LedgerStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
