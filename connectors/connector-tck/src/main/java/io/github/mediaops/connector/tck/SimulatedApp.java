package io.github.mediaops.connector.tck;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What an OAuth platform simulator learns from its {@link SimulatorBuilder}, fixed when it is built: the app's
 * credentials (id and secret: client key, app key, client id as the platform names them), the clock it keeps time
 * with and the token lifetimes. The simulator keeps one in a field ({@code this.app = builder.simulatedApp()}),
 * checks a token request with {@link #accepts} (or {@link #id()} and {@link #secret()} apart) and dates tokens with {@link #accessTtl()}
 * and {@link #refreshTtl()}; its public getters ({@code clientKey()}, {@code appId()}, ...) keep the platform's
 * names and return these values.
 *
 * <p>{@link #toString()} masks the secret.
 *
 * @param id         the app id (client key, app key)
 * @param secret     the app secret
 * @param clock      the clock the simulator keeps time with
 * @param accessTtl  how long an access token lives
 * @param refreshTtl how long a refresh token lives, or {@code null} for a platform that issues none (see
 *                   {@link #refreshLifetime()})
 */
public record SimulatedApp(String id, String secret, Clock clock, Duration accessTtl, Duration refreshTtl) {
    public SimulatedApp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(accessTtl, "accessTtl");
    }

    /** Whether a token request names this app: {@code id} and {@code secret} both match ({@code null} never does). */
    public boolean accepts(String id, String secret) {
        return this.id.equals(id) && this.secret.equals(secret);
    }

    /** The refresh-token lifetime, empty for a platform without refresh tokens. */
    public Optional<Duration> refreshLifetime() {
        return Optional.ofNullable(refreshTtl);
    }

    /** The id, the clock and the lifetimes; the secret is masked. */
    @Override
    public String toString() {
        return "SimulatedApp[id=" + id + ", secret=****, clock=" + clock + ", accessTtl=" + accessTtl + ", refreshTtl="
                + refreshTtl + "]";
    }
}
