package io.github.mediaops.connector.douyin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Douyin Open Platform endpoints used by the connector, with their wire records (platform-apis.md §2,
 * platform-apis-2.md §3). Numbers often arrive as strings ({@code "expires_in":"86400"}); records take
 * text and the mapper parses it.
 */
interface DouyinApi {

    @FormUrlEncoded
    @POST("oauth/access_token/")
    Call<TokenEnvelope> accessToken(@Field("client_key") String clientKey, @Field("client_secret") String clientSecret,
                                    @Field("code") String code, @Field("grant_type") String grantType);

    @FormUrlEncoded
    @POST("oauth/refresh_token/")
    Call<TokenEnvelope> refreshToken(@Field("client_key") String clientKey, @Field("grant_type") String grantType,
                                     @Field("refresh_token") String refreshToken);

    @FormUrlEncoded
    @POST("oauth/renew_refresh_token/")
    Call<TokenEnvelope> renewRefreshToken(@Field("client_key") String clientKey, @Field("refresh_token") String refreshToken);

    @GET("api/douyin/v1/video/video_list/")
    Call<VideoListEnvelope> videoList(@Header("access-token") String token, @Query("open_id") String openId,
                                      @Query("cursor") long cursor, @Query("count") int count);

    /** {@code metric} is one of {@code play, like, comment, share}. */
    @GET("data/external/item/{metric}/")
    Call<SeriesEnvelope> itemSeries(@Header("access-token") String token, @Path("metric") String metric,
                                    @Query("open_id") String openId, @Query("item_id") String itemId,
                                    @Query("date_type") int dateType);

    @GET("data/external/user/fans/")
    Call<SeriesEnvelope> userFans(@Header("access-token") String token, @Query("open_id") String openId,
                                  @Query("date_type") int dateType);

    record TokenEnvelope(TokenData data) {
    }

    record TokenData(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") String expiresIn,
                     @JsonProperty("open_id") String openId, @JsonProperty("refresh_token") String refreshToken,
                     @JsonProperty("refresh_expires_in") String refreshExpiresIn, String scope) {
    }

    record VideoListEnvelope(VideoList data) {
    }

    record VideoList(Long cursor, @JsonProperty("has_more") Boolean hasMore, List<Video> list) {
    }

    record Video(@JsonProperty("item_id") String itemId, @JsonProperty("create_time") Long createTime, String title) {
    }

    record SeriesEnvelope(Series data) {
    }

    /** Rows such as {@code {"date":"2026-11-19","play":"200"}}: the metric's key is the endpoint's. */
    record Series(@JsonProperty("result_list") List<Map<String, String>> resultList) {
    }
}
