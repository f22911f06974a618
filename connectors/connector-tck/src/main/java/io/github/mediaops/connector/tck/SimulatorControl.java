package io.github.mediaops.connector.tck;

import java.net.URI;
import java.time.Duration;

/**
 * What the {@link ConnectorContractKit} needs from a platform simulator: where it listens, how many
 * token and API requests it has served, and switches to expire tokens, inject faults and finish
 * asynchronous jobs. Simulators listen on 127.0.0.1 only.
 */
public interface SimulatorControl extends AutoCloseable {

    /** The base URL to configure a connector with, ending in {@code /}. */
    URI baseUrl();

    /** Token requests served so far (every grant type). */
    int tokenRequests();

    /** API (non-token) requests received so far, including failed ones. */
    int apiRequests();

    /** Makes every token issued so far expired, as if its lifetime had run out. */
    void expireTokens();

    /** Injects {@code fault} into the next {@code times} API requests (after faults queued earlier). */
    void failNext(Fault fault, int times);

    /** How long {@link Fault#SLOW} waits. */
    void slowness(Duration delay);

    /** Moves every pending asynchronous job (publish) to its final state. */
    void completePendingJobs();

    /** Stops the server. */
    @Override
    void close();
}
