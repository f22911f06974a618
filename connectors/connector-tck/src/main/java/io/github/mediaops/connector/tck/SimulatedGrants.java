package io.github.mediaops.connector.tck;

import com.sun.net.httpserver.HttpExchange;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The OAuth2 bookkeeping simulated platforms share: single-use authorisation codes, access tokens that expire
 * ({@link SimulatorControl#expireTokens()} ends them all), refresh tokens and the count of requests to the token
 * endpoints, which do not count as API requests. Codes and tokens are a prefix and the next number of the simulator's
 * own id sequence, so they interleave with its other ids as before. A refresh token is kept here with its holder,
 * expiry and whether it was {@linkplain Refresh#retire() retired}; the rules of using one (single-use, rotation, an
 * inherited expiry, the error codes) differ by platform and stay in the simulator. Thread-safe.
 *
 * <p>Use from a {@link LoopbackSimulator}: hand it over with {@code keepTokensIn(grants)} before {@code start()}; the
 * base then answers {@code countsAsApiRequest}, {@code tokenRequests()} and {@code expireTokens()} from it.
 *
 * @param <S> whom a grant is for: a user's open id, an ad account, a list of advertisers
 */
public final class SimulatedGrants<S> {
    /** An access token's holder and the instant it stops being valid. */
    public record Access<S>(S subject, Instant expiresAt) {
        public Access {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        /** Whether the token is still valid at {@code now}. */
        public boolean validAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }

    /**
     * A refresh token's holder, the instant it stops being valid ({@link Instant#MAX} for one that does not expire)
     * and whether it can still be used: a simulator retires one its platform rotates or uses up.
     */
    public static final class Refresh<S> {
        private final S subject;
        private final Instant expiresAt;
        private volatile boolean live = true;

        Refresh(S subject, Instant expiresAt) {
            this.subject = Objects.requireNonNull(subject, "subject");
            this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        }

        /** Whom the token is for. */
        public S subject() {
            return subject;
        }

        /** When the token stops being valid. */
        public Instant expiresAt() {
            return expiresAt;
        }

        /** Whether the token was not retired (it may have expired). */
        public boolean live() {
            return live;
        }

        /** Whether the token is live and not expired at {@code now}. */
        public boolean usableAt(Instant now) {
            return live && now.isBefore(expiresAt);
        }

        /** Ends the token: rotated, used up or replaced, it cannot be used again. */
        public void retire() {
            live = false;
        }
    }

    private final Clock clock;
    private final LongSupplier ids;
    private final Predicate<String> tokenPath;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final Map<String, S> codes = new HashMap<>();
    private final Map<String, Access<S>> access = new HashMap<>();
    private final Map<String, Refresh<S>> refresh = new HashMap<>();

    /**
     * @param clock     the simulator's clock ({@link #expireAccessTokens()} uses it)
     * @param ids       the simulator's id sequence, e.g. {@code ids::incrementAndGet}
     * @param tokenPath whether a request path (as {@link java.net.URI#getPath()}, with its leading slash) is a
     *                  token endpoint
     */
    public SimulatedGrants(Clock clock, LongSupplier ids, Predicate<String> tokenPath) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.tokenPath = Objects.requireNonNull(tokenPath, "tokenPath");
    }

    /**
     * For {@link LoopbackSimulator#countsAsApiRequest}: counts a request to a token endpoint in
     * {@link #tokenRequests()} and returns {@code false}; returns {@code true} for any other request.
     */
    public boolean countRequest(HttpExchange ex) {
        if (tokenPath.test(ex.getRequestURI().getPath())) {
            tokenRequests.incrementAndGet();
            return false;
        }
        return true;
    }

    /** How many token endpoint requests arrived. */
    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** Issues a single-use authorisation code {@code prefix + next id} for {@code subject}. */
    public synchronized String issueCode(String prefix, S subject) {
        return keep(codes, prefix, Objects.requireNonNull(subject, "subject"));
    }

    /** Uses up a code: its subject, or {@code null} when the code is unknown or was used already. */
    public synchronized S redeemCode(String code) {
        return codes.remove(code);
    }

    /** Issues an access token {@code prefix + next id} for {@code subject}, valid until {@code expiresAt}. */
    public synchronized String issueAccess(String prefix, S subject, Instant expiresAt) {
        return keep(access, prefix, new Access<>(subject, expiresAt));
    }

    /** The access token's grant (expired or not), or {@code null} when no such token was issued. */
    public synchronized Access<S> access(String token) {
        return access.get(token);
    }

    /** Issues a live refresh token {@code prefix + next id} for {@code subject}, valid until {@code expiresAt}. */
    public synchronized String issueRefresh(String prefix, S subject, Instant expiresAt) {
        return keep(refresh, prefix, new Refresh<>(subject, expiresAt));
    }

    /** The refresh token's grant (retired, expired or not), or {@code null} when no such token was issued. */
    public synchronized Refresh<S> refresh(String token) {
        return refresh.get(token);
    }

    /** Stores {@code value} under a new token {@code prefix + next id} and returns the token. */
    private <V> String keep(Map<String, V> store, String prefix, V value) {
        String token = prefix + ids.getAsLong();
        store.put(token, value);
        return token;
    }

    /** Every access token issued so far expired a second ago by the clock; refresh tokens are not touched. */
    public synchronized void expireAccessTokens() {
        Instant past = clock.instant().minusSeconds(1);
        access.replaceAll((token, a) -> new Access<>(a.subject(), past));
    }
}
