package io.github.mediaops.connector.douyin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import okhttp3.MultipartBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
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

    // ------------------------------------------------------------ publishing (platform-apis-2.md §3.2)

    @Multipart
    @POST("api/douyin/v1/video/upload_video/")
    Call<UploadEnvelope> uploadVideo(@Header("access-token") String token, @Query("open_id") String openId,
                                     @Part MultipartBody.Part video);

    @POST("api/douyin/v1/video/init_video_part_upload/")
    Call<UploadEnvelope> initPartUpload(@Header("access-token") String token, @Query("open_id") String openId,
                                        @Body Map<String, Object> empty);

    @Multipart
    @POST("api/douyin/v1/video/upload_video_part/")
    Call<UploadEnvelope> uploadPart(@Header("access-token") String token, @Query("open_id") String openId,
                                    @Query("upload_id") String uploadId, @Query("part_number") int partNumber,
                                    @Part MultipartBody.Part video);

    @POST("api/douyin/v1/video/complete_video_part_upload/")
    Call<UploadEnvelope> completePartUpload(@Header("access-token") String token, @Query("open_id") String openId,
                                            @Query("upload_id") String uploadId, @Body Map<String, Object> empty);

    @POST("api/douyin/v1/video/create_video/")
    Call<CreateEnvelope> createVideo(@Header("access-token") String token, @Query("open_id") String openId,
                                     @Body CreateVideo body);

    @POST("api/douyin/v1/video/video_data/")
    Call<VideoListEnvelope> videoData(@Header("access-token") String token, @Query("open_id") String openId,
                                      @Body ItemIds body);

    // ------------------------------------------------------------ enterprise comments (platform-apis-2.md §3.4)

    @GET("video/comment/list/")
    Call<CommentListEnvelope> comments(@Header("access-token") String token, @Query("open_id") String openId,
                                       @Query("item_id") String itemId, @Query("cursor") long cursor,
                                       @Query("count") int count);

    @GET("video/comment/reply/list/")
    Call<CommentListEnvelope> replies(@Header("access-token") String token, @Query("open_id") String openId,
                                      @Query("item_id") String itemId, @Query("comment_id") String commentId,
                                      @Query("cursor") long cursor, @Query("count") int count);

    @POST("video/comment/reply/")
    Call<ReplyEnvelope> reply(@Header("access-token") String token, @Query("open_id") String openId, @Body Reply body);

    @POST("video/comment/top/")
    Call<ReplyEnvelope> top(@Header("access-token") String token, @Query("open_id") String openId, @Body Top body);

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

    record Video(@JsonProperty("item_id") String itemId, @JsonProperty("create_time") Long createTime, String title,
                 @JsonProperty("video_status") Integer videoStatus, @JsonProperty("is_reviewed") Boolean isReviewed,
                 @JsonProperty("share_url") String shareUrl) {
    }

    record UploadEnvelope(UploadData data) {
    }

    record UploadData(@JsonProperty("upload_id") String uploadId, UploadedVideo video) {
    }

    record UploadedVideo(@JsonProperty("video_id") String videoId, String width, String height) {
    }

    /** create_video's body: {@code text} is the caption (title, body, #topics, @mentions). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreateVideo(@JsonProperty("video_id") String videoId, String text,
                       @JsonProperty("custom_cover_image_url") String customCoverImageUrl) {
    }

    record CreateEnvelope(Created data) {
    }

    record Created(@JsonProperty("item_id") String itemId) {
    }

    record ItemIds(@JsonProperty("item_ids") List<String> itemIds) {
    }

    record CommentListEnvelope(CommentList data) {
    }

    record CommentList(Long cursor, @JsonProperty("has_more") Boolean hasMore, List<WireComment> list) {
    }

    record WireComment(@JsonProperty("comment_id") String commentId, @JsonProperty("comment_user_id") String commentUserId,
                       String content, @JsonProperty("create_time") Long createTime,
                       @JsonProperty("digg_count") Long diggCount,
                       @JsonProperty("reply_comment_total") Long replyCommentTotal, Boolean top,
                       @JsonProperty("nick_name") String nickName) {
    }

    record Reply(@JsonProperty("item_id") String itemId, @JsonProperty("comment_id") String commentId, String content) {
    }

    record Top(@JsonProperty("item_id") String itemId, @JsonProperty("comment_id") String commentId, boolean top) {
    }

    record ReplyEnvelope(Replied data) {
    }

    record Replied(@JsonProperty("comment_id") String commentId) {
    }

    record SeriesEnvelope(Series data) {
    }

    /** Rows such as {@code {"date":"2026-11-19","play":"200"}}: the metric's key is the endpoint's. */
    record Series(@JsonProperty("result_list") List<Map<String, String>> resultList) {
    }
}
