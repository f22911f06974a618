package io.github.mediaops.connector.kuaishou;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * Kuaishou Open Platform endpoints used by the connector, with their wire records (platform-apis.md §5.2,
 * platform-apis-2.md §4, the official "创建视频" and "快手登录" pages and the official Java SDK
 * {@code KwaiOpen/KwaiOpenSDK}). Every answer carries {@code result} (1 = success) and, on failure,
 * {@code error_msg}. The app id and the user's access token ride in the query string. Upload calls go to the
 * upload gateway named by {@code start_upload}'s {@code endpoint} ({@code http://{endpoint}/api/upload/...}),
 * hence {@link Url}.
 */
interface KuaishouApi {

    @GET("oauth2/access_token")
    Call<TokenAnswer> accessToken(@Query("app_id") String appId, @Query("app_secret") String appSecret,
                                  @Query("code") String code, @Query("grant_type") String grantType);

    @GET("oauth2/refresh_token")
    Call<TokenAnswer> refreshToken(@Query("app_id") String appId, @Query("app_secret") String appSecret,
                                   @Query("refresh_token") String refreshToken, @Query("grant_type") String grantType);

    @GET("openapi/user_info")
    Call<UserInfoAnswer> userInfo(@Query("app_id") String appId, @Query("access_token") String token);

    /** {@code cursor}: the {@code photo_id} of the oldest video of the previous page, {@code null} for the first. */
    @GET("openapi/photo/list")
    Call<PhotoListAnswer> photoList(@Query("app_id") String appId, @Query("access_token") String token,
                                    @Query("cursor") String cursor, @Query("count") int count);

    @GET("openapi/photo/info")
    Call<PhotoAnswer> photoInfo(@Query("app_id") String appId, @Query("access_token") String token,
                                @Query("photo_id") String photoId);

    @POST("openapi/photo/start_upload")
    Call<StartUploadAnswer> startUpload(@Query("app_id") String appId, @Query("access_token") String token);

    /** A whole file of at most 10 MB as the raw body ({@code http://{endpoint}/api/upload}). */
    @POST
    Call<Result> upload(@Url String url, @Query("upload_token") String uploadToken, @Body RequestBody file);

    /** One fragment, ids from 0 ({@code http://{endpoint}/api/upload/fragment}). */
    @POST
    Call<FragmentAnswer> fragment(@Url String url, @Query("upload_token") String uploadToken,
                                  @Query("fragment_id") int fragmentId, @Body RequestBody bytes);

    /** The fragments the gateway already holds ({@code http://{endpoint}/api/upload/resume}). */
    @GET
    Call<ResumeAnswer> resume(@Url String url, @Query("upload_token") String uploadToken);

    /** Joins the fragments ({@code http://{endpoint}/api/upload/complete}); {@code fragment_count} is the number of fragments. */
    @POST
    Call<Result> complete(@Url String url, @Query("upload_token") String uploadToken,
                          @Query("fragment_count") int fragmentCount);

    @Multipart
    @POST("openapi/photo/publish")
    Call<PhotoAnswer> publish(@Query("app_id") String appId, @Query("access_token") String token,
                              @Query("upload_token") String uploadToken, @Part("caption") RequestBody caption,
                              @Part MultipartBody.Part cover);

    /** Any answer: {@code result} 1 means success (the decoder has already refused the others). */
    record Result(Integer result) {
    }

    record TokenAnswer(Integer result, @JsonProperty("access_token") String accessToken,
                       @JsonProperty("expires_in") Long expiresIn, @JsonProperty("refresh_token") String refreshToken,
                       @JsonProperty("refresh_token_expires_in") Long refreshTokenExpiresIn,
                       @JsonProperty("open_id") String openId, List<String> scopes) {
    }

    record UserInfoAnswer(Integer result, @JsonProperty("user_info") UserInfo userInfo) {
    }

    /** {@code fan}: followers; {@code follow}: accounts the user follows. */
    record UserInfo(String name, String sex, Long fan, Long follow, String head, String bigHead, String city) {
    }

    record PhotoListAnswer(Integer result, @JsonProperty("video_list") List<Photo> videoList) {
    }

    record PhotoAnswer(Integer result, @JsonProperty("video_info") Photo videoInfo) {
    }

    /** {@code create_time} is in epoch milliseconds; counts are lifetime totals; {@code pending}: still being processed. */
    record Photo(@JsonProperty("photo_id") String photoId, String caption, String cover,
                 @JsonProperty("play_url") String playUrl, @JsonProperty("create_time") Long createTime,
                 @JsonProperty("like_count") Long likeCount, @JsonProperty("comment_count") Long commentCount,
                 @JsonProperty("view_count") Long viewCount, Boolean pending) {
    }

    record StartUploadAnswer(Integer result, @JsonProperty("upload_token") String uploadToken, String endpoint) {
    }

    record FragmentAnswer(Integer result, String checksum, Long size) {
    }

    record ResumeAnswer(Integer result, Boolean existed, @JsonProperty("fragment_list") List<FragmentInfo> fragmentList) {
    }

    record FragmentInfo(Integer id, Long size, String checksum) {
    }
}
