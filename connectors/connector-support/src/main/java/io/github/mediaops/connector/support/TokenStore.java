package io.github.mediaops.connector.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where tokens live, shared by every connector instance that uses the same store and key. A cluster of
 * service instances that shares one store (for example {@link JdbcTokenStore} on the application's
 * database) holds one app token between them instead of each instance requesting its own and
 * invalidating the others' (WeChat re-issues a new {@code access_token} on every request and the old
 * one dies after a short grace period; the best-known failure of WeChat Java SDKs, see
 * <a href="https://github.com/binarywang/WxJava/issues/2089">WxJava #2089</a>).
 *
 * <p>Keys are namespaced by the caller, e.g. {@code wechat-oa:<appid>}.
 *
 * <p>Implementations must make {@link #refresh} atomic per key: concurrent callers (threads of one
 * process, and processes sharing the store) cause one {@link TokenSource#fetch}, and the others get
 * its result.
 */
public interface TokenStore {

    /** The stored token for a key, valid or not. */
    Optional<AccessToken> get(String key);

    /**
     * Returns a usable token for {@code key}, fetching one only when needed. Under the key's lock:
     * if the stored token is not {@code stale} (someone else already replaced it) and does not expire
     * within {@code margin} of {@code now}, it is returned; otherwise {@code source} is called once,
     * its token stored and returned.
     *
     * @param stale the token the caller found unusable (refused by the platform or expiring), or
     *              {@code null} when the caller holds none
     */
    AccessToken refresh(String key, AccessToken stale, Instant now, Duration margin, TokenSource source);
}
