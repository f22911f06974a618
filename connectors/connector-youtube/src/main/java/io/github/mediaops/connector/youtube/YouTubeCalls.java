package io.github.mediaops.connector.youtube;

import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.UserTokens;
import io.github.mediaops.core.connector.RateLimitedException;
import java.util.function.Function;
import retrofit2.Call;

/**
 * How the capability classes call YouTube: through the connector runtime with the channel's user token
 * ({@code Authorization: Bearer}), charging each attempt's documented quota cost to the {@link QuotaLedger} before it
 * leaves, and turning YouTube's {@code quotaExceeded} into {@link YouTubeQuotaExceededException}.
 */
final class YouTubeCalls {
    /** A {@code list} call or any other read (quota calculator: 1 unit). */
    static final int LIST = 1;
    /** {@code comments.insert} and {@code comments.setModerationStatus} (quota calculator: 50 units each). */
    static final int COMMENT_WRITE = 50;
    /** YouTube Analytics API calls: not YouTube Data API quota. */
    static final int ANALYTICS = 0;

    final YouTubeApi api;
    final ConnectorRuntime runtime;
    final UserTokens users;
    final QuotaLedger quota;
    final String analyticsUrl;

    YouTubeCalls(YouTubeApi api, ConnectorRuntime runtime, UserTokens users, QuotaLedger quota, String analyticsUrl) {
        this.api = api;
        this.runtime = runtime;
        this.users = users;
        this.quota = quota;
        this.analyticsUrl = analyticsUrl;
    }

    /** A read (retried on transient failures). */
    <T> T read(String endpoint, String channel, int units, Function<String, Call<T>> call) {
        try {
            return runtime.read(endpoint, users.account(channel), charged(endpoint, units, false, call));
        } catch (RateLimitedException e) {
            throw quota.translate(e);
        }
    }

    /** A write safe to repeat (retried on transient failures). */
    <T> T write(String endpoint, String channel, int units, boolean upload, Function<String, Call<T>> call) {
        try {
            return runtime.write(endpoint, users.account(channel), charged(endpoint, units, upload, call));
        } catch (RateLimitedException e) {
            throw quota.translate(e);
        }
    }

    /** A creating call: never retried by the runtime. */
    <T> T create(String endpoint, String channel, int units, Function<String, Call<T>> call) {
        try {
            return runtime.create(endpoint, users.account(channel), charged(endpoint, units, false, call));
        } catch (RateLimitedException e) {
            throw quota.translate(e);
        }
    }

    private <T> Function<String, Call<T>> charged(String endpoint, int units, boolean upload, Function<String, Call<T>> call) {
        return token -> {
            if (units > 0 || upload) {
                quota.charge(endpoint, units, upload);
            }
            return call.apply(bearer(token));
        };
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }
}
