package io.github.mediaops.connector.support;

import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-user OAuth2 tokens (one per authorised account, e.g. a Douyin {@code open_id}) kept in the shared
 * {@link TokenStore}, refreshed single-flight per account (a {@link TokenManager} per account, so a
 * cluster sharing a {@link JdbcTokenStore} refreshes each account once), with the platform's
 * {@link RefreshRules} applied: rotation on refresh, or renewal of the refresh token by a separate call
 * a limited number of times. When the chain has run out a {@link ReauthorizationRequiredException}
 * tells the host to send the user through authorisation again.
 *
 * <p>The host drives the authorisation-code step (redirect, consent, callback) and hands the code to
 * {@link #authorize}; a host that already holds tokens seeds them with {@link #seed}.
 *
 * <p>Store layout, per account: key {@code <namespace>:user:<account>} holds the access token (with the
 * refresh token); key {@code <namespace>:user:<account>:refresh} holds the refresh token with its own
 * expiry and the renewal count ({@link AccessToken#refreshRenewals()}). Entries written before that field
 * existed kept the count as text in the refresh-token slot; they are still read.
 *
 * <p>Thread-safe.
 */
public final class UserTokens {
    private static final Logger LOG = LoggerFactory.getLogger(UserTokens.class);
    /** Far-future expiry for a refresh token whose lifetime the platform does not report. */
    private static final Instant UNKNOWN_EXPIRY = Instant.parse("9999-12-31T00:00:00Z");

    private final String namespace;
    private final Platform platform;
    private final TokenStore store;
    private final Clock clock;
    private final Duration margin;
    private final RefreshRules rules;
    private final UserTokenGrants grants;
    private final ConcurrentMap<String, TokenManager> managers = new ConcurrentHashMap<>();

    /**
     * @param namespace the connector's {@code <connector id>:<app>}
     * @param margin    an access token expiring within this margin is refreshed before use
     */
    public UserTokens(String namespace, Platform platform, TokenStore store, Clock clock, Duration margin,
                      RefreshRules rules, UserTokenGrants grants) {
        this.namespace = Checks.notBlank(namespace, "namespace");
        this.platform = Checks.notNull(platform, "platform");
        this.store = Checks.notNull(store, "store");
        this.clock = Checks.notNull(clock, "clock");
        this.margin = Checks.notNull(margin, "margin");
        this.rules = Checks.notNull(rules, "rules");
        this.grants = Checks.notNull(grants, "grants");
    }

    /**
     * Exchanges the code the platform sent to the host's redirect URI and stores the account's tokens,
     * replacing any earlier authorisation of the same account.
     *
     * @return the grant; {@link UserGrant#account()} is the account the user authorised
     */
    public UserGrant authorize(String code) {
        Checks.notBlank(code, "code");
        UserGrant g = Checks.notNull(grants.exchange(code), "exchanged grant");
        seed(new UserGrant(g.account(), g.accessToken(), g.accessExpiresAt(), g.refreshToken(), g.refreshExpiresAt(), 0));
        return g;
    }

    /** Stores tokens the host already holds (migrating from another system, or after {@link #authorize}). */
    public void seed(UserGrant grant) {
        Checks.notNull(grant, "grant");
        Instant now = clock.instant();
        String key = key(grant.account());
        AccessToken access = new AccessToken(grant.accessToken(),
                due(grant.accessExpiresAt(), grant.refreshExpiresAt(), grant.renewals()), grant.refreshToken());
        store.refresh(key, store.get(key).orElse(null), now, Duration.ZERO, p -> access);
        grant.refresh().ifPresent(r -> saveChain(grant.account(), r, grant.refreshExpiresAt(), grant.renewals()));
        managers.remove(grant.account()); // drop the cached token; the next manager reads the seeded one
    }

    /**
     * The stored grant of an account, if it authorised the app. Its {@code accessExpiresAt} is when the
     * connector will next replace the access token: its expiry, or earlier when the refresh token is due for
     * renewal.
     */
    public Optional<UserGrant> grant(String account) {
        Checks.notBlank(account, "account");
        Optional<AccessToken> access = store.get(key(account));
        if (access.isEmpty()) {
            return Optional.empty();
        }
        Optional<AccessToken> chain = store.get(chainKey(account));
        AccessToken a = access.get();
        Secret refresh = chain.map(AccessToken::token).orElse(a.refreshToken());
        Instant refreshExpires = chain.map(AccessToken::expiresAt).filter(e -> !e.equals(UNKNOWN_EXPIRY)).orElse(null);
        int renewals = chain.map(UserTokens::renewals).orElse(0);
        return Optional.of(new UserGrant(account, a.token(), a.expiresAt(), refresh, refreshExpires, renewals));
    }

    /** The token manager of one account: what {@link ConnectorRuntime#read(String, TokenManager, java.util.function.Function)} calls with. */
    public TokenManager account(String account) {
        Checks.notBlank(account, "account");
        return managers.computeIfAbsent(account,
                a -> new TokenManager(key(a), store, previous -> refreshed(a), clock, margin));
    }

    public RefreshRules rules() {
        return rules;
    }

    /** Runs under the account's lock in the store: at most once per refresh, across instances. */
    private AccessToken refreshed(String account) {
        Instant now = clock.instant();
        UserGrant g = grant(account).orElseThrow(() -> reauth(account, "it has not authorised the app", null));
        if (g.refreshToken() == null) {
            throw reauth(account, "the platform issued no refresh token", null);
        }
        if (g.refreshExpiresAt() != null && !now.isBefore(g.refreshExpiresAt())) {
            throw reauth(account, "the refresh token expired at " + g.refreshExpiresAt(), null);
        }
        if (rules.renews() && g.renewals() < rules.maxRenewals() && g.refreshExpiresAt() != null
                && !now.plus(rules.renewWithin()).isBefore(g.refreshExpiresAt())) {
            g = renewed(g);
        }
        UserGrant next;
        try {
            next = Checks.notNull(grants.refresh(g), "refreshed grant");
        } catch (AuthenticationException e) {
            if (e instanceof ReauthorizationRequiredException r) {
                throw r;
            }
            throw reauth(account, "the platform refused the refresh token (" + e.getMessage() + ")", e);
        }
        Secret refresh = next.refreshToken() != null ? next.refreshToken() : g.refreshToken();
        Instant refreshExpires = next.refreshToken() != null ? next.refreshExpiresAt()
                : next.refreshExpiresAt() != null && rules.rotatesOnRefresh() ? next.refreshExpiresAt() : g.refreshExpiresAt();
        if (!refresh.equals(g.refreshToken()) || !Objects.equals(refreshExpires, g.refreshExpiresAt())) {
            saveChain(account, refresh, refreshExpires, g.renewals());
        }
        return new AccessToken(next.accessToken(), due(next.accessExpiresAt(), refreshExpires, g.renewals()), refresh);
    }

    /**
     * When the account's token must next be replaced: the access token's expiry, or earlier when the refresh
     * token enters its renewal window with renewals left (a renewal cannot wait for the access token, which
     * may outlive the renewal window).
     */
    private Instant due(Instant accessExpiresAt, Instant refreshExpiresAt, int renewals) {
        if (!rules.renews() || renewals >= rules.maxRenewals() || refreshExpiresAt == null) {
            return accessExpiresAt;
        }
        Instant renewAt = refreshExpiresAt.minus(rules.renewWithin()).plus(margin);
        return renewAt.isBefore(accessExpiresAt) ? renewAt : accessExpiresAt;
    }

    private UserGrant renewed(UserGrant g) {
        try {
            UserGrant r = Checks.notNull(grants.renew(g), "renewed grant");
            if (r.refreshToken() == null) {
                throw new IllegalStateException("a renewal must return the new refresh token");
            }
            UserGrant next = new UserGrant(g.account(), g.accessToken(), g.accessExpiresAt(), r.refreshToken(),
                    r.refreshExpiresAt(), g.renewals() + 1);
            saveChain(g.account(), next.refreshToken(), next.refreshExpiresAt(), next.renewals());
            LOG.debug("{}: renewed the refresh token of account {} ({} of {})", namespace, g.account(), next.renewals(),
                    rules.maxRenewals());
            return next;
        } catch (AuthenticationException e) {
            // the platform refuses further renewals (Douyin 10020): the current refresh token still works until it expires
            LOG.warn("{}: the refresh token of account {} cannot be renewed ({}); the user must authorise again before {}",
                    namespace, g.account(), e.getMessage(), g.refreshExpiresAt());
            saveChain(g.account(), g.refreshToken(), g.refreshExpiresAt(), rules.maxRenewals());
            return new UserGrant(g.account(), g.accessToken(), g.accessExpiresAt(), g.refreshToken(),
                    g.refreshExpiresAt(), rules.maxRenewals());
        }
    }

    private void saveChain(String account, Secret refresh, Instant expiresAt, int renewals) {
        String key = chainKey(account);
        AccessToken chain = new AccessToken(refresh, expiresAt != null ? expiresAt : UNKNOWN_EXPIRY, null, renewals);
        store.refresh(key, store.get(key).orElse(null), clock.instant(), Duration.ZERO, p -> chain);
    }

    /**
     * The renewal count of a refresh-token entry: the typed field, or, for an entry written by 0.1.0 snapshots
     * before that field existed, the count those kept as text in the entry's refresh-token slot.
     */
    static int renewals(AccessToken chain) {
        if (chain.refreshRenewals() > 0) {
            return chain.refreshRenewals();
        }
        return chain.refresh().map(Secret::reveal).filter(t -> t.matches("\\d{1,9}")).map(Integer::parseInt).orElse(0);
    }

    private ReauthorizationRequiredException reauth(String account, String why, Throwable cause) {
        return new ReauthorizationRequiredException(account, why,
                ErrorDetails.builder(platform).operation("oauth2/refresh").build(), cause);
    }

    private String key(String account) {
        return namespace + ":user:" + account;
    }

    private String chainKey(String account) {
        return key(account) + ":refresh";
    }

    @Override
    public String toString() {
        return "UserTokens[" + namespace + ", " + rules + ", " + store + "]";
    }
}
