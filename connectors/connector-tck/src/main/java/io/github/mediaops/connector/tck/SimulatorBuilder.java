package io.github.mediaops.connector.tck;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The options every OAuth platform simulator's builder has: the app's credentials, the clock the simulator keeps
 * time with (a {@link ManualClock} in tests) and the token lifetimes. A simulator's {@code Builder} extends it,
 * passes its platform's defaults to the constructor, names its credentials method as the platform does
 * ({@code app(id, secret)}, {@code client(key, secret)}) on top of {@link #credentials}, makes
 * {@link #refreshTtl} public when the platform issues refresh tokens, and adds its own options; the simulator
 * keeps the values as one {@link SimulatedApp} ({@link #simulatedApp()}) from its constructor on.
 *
 * @param <B> the simulator's builder
 */
public abstract class SimulatorBuilder<B extends SimulatorBuilder<B>> {
    private String id;
    private String secret;
    private Clock clock = Clock.systemUTC();
    private Duration accessTtl;
    private Duration refreshTtl;

    /**
     * @param id         the default app id (client key, app key)
     * @param secret     the default app secret
     * @param accessTtl  the platform's access-token lifetime
     * @param refreshTtl the platform's refresh-token lifetime, or {@code null} when it issues none
     */
    protected SimulatorBuilder(String id, String secret, Duration accessTtl, Duration refreshTtl) {
        this.id = Objects.requireNonNull(id, "id");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.accessTtl = Objects.requireNonNull(accessTtl, "accessTtl");
        this.refreshTtl = refreshTtl;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The app credentials the simulator accepts. */
    protected final B credentials(String id, String secret) {
        this.id = Objects.requireNonNull(id, "id");
        this.secret = Objects.requireNonNull(secret, "secret");
        return self();
    }

    /** The clock the simulator keeps time with (token expiry, quotas, creation times); default the system clock. */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /** How long an access token lives. */
    public B accessTtl(Duration ttl) {
        this.accessTtl = Objects.requireNonNull(ttl, "accessTtl");
        return self();
    }

    /** How long a refresh token lives; a builder whose platform issues refresh tokens makes this public. */
    protected B refreshTtl(Duration ttl) {
        this.refreshTtl = Objects.requireNonNull(ttl, "refreshTtl");
        return self();
    }

    /** The app id (client key, app key) set. */
    public String id() {
        return id;
    }

    /** The app secret set. */
    public String secret() {
        return secret;
    }

    /** The clock set. */
    public Clock clock() {
        return clock;
    }

    /** The access-token lifetime set. */
    public Duration accessTtl() {
        return accessTtl;
    }

    /** The refresh-token lifetime set, or {@code null} for a platform without refresh tokens. */
    public Duration refreshTtl() {
        return refreshTtl;
    }

    /** The credentials, clock and token lifetimes set, as the value the simulator keeps. */
    public SimulatedApp simulatedApp() {
        return new SimulatedApp(id, secret, clock, accessTtl, refreshTtl);
    }
}
