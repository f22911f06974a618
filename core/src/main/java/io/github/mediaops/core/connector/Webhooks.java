package io.github.mediaops.core.connector;

/**
 * Receiving platform pushes. The host's HTTP endpoint hands over the raw request; the connector verifies
 * the signature over the raw bytes before it parses anything, decrypts where the platform encrypts,
 * drops duplicates by the platform's message id, and returns the answer and the events.
 */
public interface Webhooks {

    /**
     * Handles one push.
     *
     * @throws AuthenticationException when the signature does not verify or the timestamp is outside
     *                                 the replay window; nothing is parsed in that case
     * @throws InvalidRequestException  when the body is larger than the connector's limit; nothing is
     *                                 verified or parsed in that case
     * @throws UnexpectedResponseException when a verified body cannot be read
     */
    WebhookResult handle(WebhookRequest request);
}
