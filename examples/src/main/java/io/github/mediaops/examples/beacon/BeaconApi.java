package io.github.mediaops.examples.beacon;

import com.fasterxml.jackson.annotation.JsonProperty;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;

/** Beacon's HTTP API as a Retrofit interface, with its wire records beside it. */
interface BeaconApi {

    @POST("oauth/token")
    Call<TokenResponse> token(@Body TokenRequest request);

    @POST("v1/notifications")
    Call<Sent> send(@Header("Authorization") String bearer, @Body Message message);

    record TokenRequest(@JsonProperty("grant_type") String grantType, @JsonProperty("client_id") String clientId,
                        @JsonProperty("client_secret") String clientSecret) {
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") Long expiresIn) {
    }

    record Message(String channel, String title, String text) {
    }

    record Sent(String id, @JsonProperty("created_at") Long createdAt) {
    }
}
