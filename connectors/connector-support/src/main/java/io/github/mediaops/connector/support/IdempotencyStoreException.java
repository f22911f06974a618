package io.github.mediaops.connector.support;

import io.github.mediaops.core.MediaOpsException;

/** An {@link IdempotencyStore} could not read or write its storage (a database error, a lock timeout). */
public final class IdempotencyStoreException extends MediaOpsException {
    private static final long serialVersionUID = 1L;

    public IdempotencyStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
