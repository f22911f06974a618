package io.github.mediaops.connector.support;

import io.github.mediaops.core.MediaOpsException;

/** A {@link TokenStore} could not read or write its storage (a database error, a lock timeout). */
public final class TokenStoreException extends MediaOpsException {
    private static final long serialVersionUID = 1L;

    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
