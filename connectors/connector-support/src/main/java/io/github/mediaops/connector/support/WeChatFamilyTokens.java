package io.github.mediaops.connector.support;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * App access tokens of the WeChat family, for a connector's {@link HttpConnector#fetchToken}: the Official Account
 * and Channels / Weixin Store ({@code cgi-bin/stable_token}, or {@code cgi-bin/token}, on api.weixin.qq.com) and
 * WeCom ({@code cgi-bin/gettoken} on qyapi.weixin.qq.com). All answer {@code {"access_token":"…","expires_in":7200}}
 * and report errors as {@code errcode}/{@code errmsg}. Create the endpoints with
 * {@code api(WeChatFamilyTokens.Api.class)}; the calls go through {@link ConnectorRuntime#readWithoutToken}, so they
 * spend the caller's attempt budget. A token or lifetime the platform left out is an
 * {@link io.github.mediaops.core.connector.UnexpectedResponseException} ({@link TokenResponses}); secrets and tokens
 * never appear in {@code toString()}. References: developers.weixin.qq.com/doc/service/en/api/base/
 * api_getstableaccesstoken.html, developer.work.weixin.qq.com/document/path/91039.
 */
public final class WeChatFamilyTokens {
    private WeChatFamilyTokens() {
    }

    /** The token endpoints of the WeChat family, relative to the connector's base URL. */
    public interface Api {
        /** Official Account: {@code GET cgi-bin/token?grant_type=client_credential&appid&secret}. */
        @GET("cgi-bin/token")
        Call<TokenResponse> token(@Query("grant_type") String grantType, @Query("appid") String appId,
                                  @Query("secret") String secret);

        /** Official Account and Channels: {@code POST cgi-bin/stable_token}. */
        @POST("cgi-bin/stable_token")
        Call<TokenResponse> stableToken(@Body StableTokenRequest request);

        /** WeCom: {@code GET cgi-bin/gettoken?corpid&corpsecret}, one token per app secret. */
        @GET("cgi-bin/gettoken")
        Call<TokenResponse> corpToken(@Query("corpid") String corpId, @Query("corpsecret") String secret);
    }

    /** A token answer; {@code expires_in} is read as text because it arrives as a number or a string. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TokenResponse(String accessToken, String expiresIn) {
        @Override
        public String toString() {
            return "TokenResponse[accessToken=" + (accessToken == null ? "null" : "***") + ", expiresIn=" + expiresIn + "]";
        }
    }

    /** The body of {@code cgi-bin/stable_token}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StableTokenRequest(String grantType, String appid, String secret, boolean forceRefresh) {
        @Override
        public String toString() {
            return "StableTokenRequest[grantType=" + grantType + ", appid=" + appid + ", secret="
                    + (secret == null ? "null" : "***") + ", forceRefresh=" + forceRefresh + "]";
        }
    }

    /**
     * A token from {@code cgi-bin/stable_token}. WeChat hands out the same token until it nears expiry, so when the
     * answer is the token being replaced ({@code previous}, refused by WeChat) the call is repeated once with
     * {@code force_refresh}; otherwise force-refreshing is avoided, as it invalidates the token for every holder.
     */
    public static AccessToken stable(ConnectorRuntime runtime, Api api, String appId, Secret appSecret,
                                     Optional<AccessToken> previous) {
        Checks.notNull(previous, "previous");
        String op = "cgi-bin/stable_token";
        TokenResponse r = runtime.readWithoutToken(op,
                () -> api.stableToken(new StableTokenRequest("client_credential", appId, appSecret.reveal(), false)));
        if (previous.isPresent() && previous.get().token().reveal().equals(r.accessToken())) {
            r = runtime.readWithoutToken(op,
                    () -> api.stableToken(new StableTokenRequest("client_credential", appId, appSecret.reveal(), true)));
        }
        return token(runtime, op, r);
    }

    /** A token from {@code cgi-bin/token} (each call invalidates the app's previous token after five minutes). */
    public static AccessToken basic(ConnectorRuntime runtime, Api api, String appId, Secret appSecret) {
        return fetch(runtime, "cgi-bin/token", () -> api.token("client_credential", appId, appSecret.reveal()));
    }

    /** A WeCom token from {@code cgi-bin/gettoken} for the app whose secret is {@code corpSecret}. */
    public static AccessToken corp(ConnectorRuntime runtime, Api api, String corpId, Secret corpSecret) {
        return fetch(runtime, "cgi-bin/gettoken", () -> api.corpToken(corpId, corpSecret.reveal()));
    }

    private static AccessToken fetch(ConnectorRuntime runtime, String op, Supplier<Call<TokenResponse>> call) {
        return token(runtime, op, runtime.readWithoutToken(op, call));
    }

    private static AccessToken token(ConnectorRuntime runtime, String op, TokenResponse r) {
        Platform platform = runtime.platform();
        String token = TokenResponses.required(platform, op, "access_token", r.accessToken());
        long seconds = TokenResponses.seconds(platform, op, "expires_in", r.expiresIn());
        return AccessToken.of(token, runtime.clock().instant(), Duration.ofSeconds(seconds));
    }
}
