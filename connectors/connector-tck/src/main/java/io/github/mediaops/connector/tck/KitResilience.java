package io.github.mediaops.connector.tck;

import io.github.mediaops.connector.support.ResilienceSettings;
import java.time.Duration;

/**
 * The resilience settings the kit asks a connector under test to be built with (see
 * {@link ConnectorContractKit#connect}): a connector on {@code mediaops-connector-support}'s template passes
 * {@code .resilience(KitResilience.fastRetries())} to its builder instead of writing them in its own test support.
 *
 * <p>Needs {@code mediaops-connector-support} on the test class path: the kit declares it optional, since a
 * connector that is not built on the template neither has nor needs it.
 */
public final class KitResilience {
    private KitResilience() {
    }

    /**
     * Three attempts, backoff from 20 ms up to 100 ms, a platform's retry-after honoured up to 2 s, and a client
     * rate limit of 1000 calls a second that never holds a test back: retries happen, and a test stays fast.
     */
    public static ResilienceSettings fastRetries() {
        return ResilienceSettings.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(20))
                .maxBackoff(Duration.ofMillis(100)).maxRetryAfter(Duration.ofSeconds(2))
                .rateLimit(1000, Duration.ofSeconds(1)).build();
    }
}
