package io.github.mediaops.connector.support;

/** How safe a call is to repeat; decides whether the runtime may retry it by itself. */
public enum CallKind {
    /** Reads nothing but state: retried on transient failures. */
    READ,
    /** Changes state, but doing it twice equals doing it once (mark as featured, delete): retried. */
    IDEMPOTENT_WRITE,
    /**
     * Creates something (publish, reply, send): never retried by the runtime; a failure after the
     * request may have arrived is an {@link io.github.mediaops.core.connector.AmbiguousOutcomeException} for the connector to resolve.
     */
    CREATE;

    public boolean retryable() {
        return this != CREATE;
    }
}
