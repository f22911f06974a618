package io.github.mediaops.core.connector;

import io.github.mediaops.core.engagement.PrivateMessage;

/**
 * Sending private messages. Platforms restrict when an account may write first (WeChat customer-service
 * messages only within 48 hours of the user's last message); outside the window the call fails with
 * {@link PermissionDeniedException}. Incoming messages arrive through {@link Webhooks}.
 */
public interface Messaging {

    /** Sends a message; the same idempotency key never sends twice. */
    PrivateMessage send(OutgoingMessage message);
}
