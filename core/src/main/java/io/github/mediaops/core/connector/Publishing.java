package io.github.mediaops.core.connector;

import io.github.mediaops.core.publish.PublishRequest;
import io.github.mediaops.core.publish.PublishTicket;

/**
 * Publishing content. Publishing is asynchronous on most platforms: {@link #publish} returns a ticket
 * that is usually {@code PENDING}; {@link #refresh} polls it, or a {@link Webhooks webhook} completes it.
 *
 * <p>{@link #publish} is never retried blindly: connectors use the request's idempotency key (and,
 * where the platform has none, a check that the earlier attempt did not go through) so that a retry
 * after a dropped connection does not create a second post.
 */
public interface Publishing {

    /**
     * Submits a post.
     *
     * @return the ticket of the publish job; submitting the same idempotency key again returns the
     *         ticket of the first submission
     */
    PublishTicket publish(PublishRequest request);

    /** The current state of a publish job. */
    PublishTicket refresh(PublishTicket ticket);
}
