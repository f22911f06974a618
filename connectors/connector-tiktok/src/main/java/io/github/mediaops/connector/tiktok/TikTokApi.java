package io.github.mediaops.connector.tiktok;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * TikTok for Developers v2 endpoints used by the connector, with their wire records (platform-apis.md §6.1; the
 * official Login Kit, Content Posting API and Display API reference pages; the fixtures of
 * {@code fudiwei/DotNetCore.SKIT.FlurlHttpClient.ByteDance} {@code TikTokGlobal.UnitTests/ModelSamples}). API answers
 * are {@code {"data":{…},"error":{"code":"ok"|…,"message":…,"log_id":…}}}; the token endpoint answers RFC 6749
 * shapes ({@code {"error":"invalid_grant","error_description":…,"log_id":…}} on failure). The user's access token
 * rides in {@code Authorization: Bearer …}. The chunks of a FILE_UPLOAD go to the {@code upload_url} the init call
 * returned (TikTok's upload host), hence {@link Url}.
 */
interface TikTokApi {

    @FormUrlEncoded
    @POST("v2/oauth/token/")
    Call<TokenAnswer> exchangeCode(@Field("client_key") String clientKey, @Field("client_secret") String clientSecret,
                                   @Field("code") String code, @Field("grant_type") String grantType,
                                   @Field("redirect_uri") String redirectUri);

    @FormUrlEncoded
    @POST("v2/oauth/token/")
    Call<TokenAnswer> refresh(@Field("client_key") String clientKey, @Field("client_secret") String clientSecret,
                              @Field("grant_type") String grantType, @Field("refresh_token") String refreshToken);

    @POST("v2/post/publish/creator_info/query/")
    Call<Envelope<CreatorInfoData>> creatorInfo(@Header("Authorization") String bearer, @Body Map<String, Object> empty);

    @POST("v2/post/publish/video/init/")
    Call<Envelope<InitData>> directPostInit(@Header("Authorization") String bearer, @Body DirectPostInit body);

    @POST("v2/post/publish/inbox/video/init/")
    Call<Envelope<InitData>> inboxInit(@Header("Authorization") String bearer, @Body InboxInit body);

    /** One chunk: {@code Content-Range: bytes first-last/total}; 206 until the last chunk, then 201 (no body). */
    @PUT
    Call<ResponseBody> uploadChunk(@Url String uploadUrl, @Header("Content-Range") String contentRange, @Body RequestBody chunk);

    @POST("v2/post/publish/status/fetch/")
    Call<Envelope<StatusData>> status(@Header("Authorization") String bearer, @Body StatusRequest body);

    @POST("v2/video/list/")
    Call<Envelope<VideoListData>> videoList(@Header("Authorization") String bearer, @Query("fields") String fields,
                                            @Body VideoListRequest body);

    @POST("v2/video/query/")
    Call<Envelope<VideoListData>> videoQuery(@Header("Authorization") String bearer, @Query("fields") String fields,
                                             @Body VideoQueryRequest body);

    @GET("v2/user/info/")
    Call<Envelope<UserData>> userInfo(@Header("Authorization") String bearer, @Query("fields") String fields);

    /** The v2 envelope; the decoder has already refused any {@code error.code} other than {@code ok}. */
    record Envelope<T>(T data, ApiError error) {
    }

    record ApiError(String code, String message, @JsonProperty("log_id") String logId) {
    }

    record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") Long expiresIn,
                       @JsonProperty("open_id") String openId,
                       @JsonProperty("refresh_expires_in") Long refreshExpiresIn,
                       @JsonProperty("refresh_token") String refreshToken, String scope,
                       @JsonProperty("token_type") String tokenType) {
    }

    record CreatorInfoData(@JsonProperty("creator_avatar_url") String creatorAvatarUrl,
                           @JsonProperty("creator_username") String creatorUsername,
                           @JsonProperty("creator_nickname") String creatorNickname,
                           @JsonProperty("privacy_level_options") List<String> privacyLevelOptions,
                           @JsonProperty("comment_disabled") Boolean commentDisabled,
                           @JsonProperty("duet_disabled") Boolean duetDisabled,
                           @JsonProperty("stitch_disabled") Boolean stitchDisabled,
                           @JsonProperty("max_video_post_duration_sec") Long maxVideoPostDurationSec) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PostInfo(String title, @JsonProperty("privacy_level") String privacyLevel,
                    @JsonProperty("disable_duet") boolean disableDuet,
                    @JsonProperty("disable_comment") boolean disableComment,
                    @JsonProperty("disable_stitch") boolean disableStitch,
                    @JsonProperty("video_cover_timestamp_ms") Long videoCoverTimestampMs) {
    }

    record SourceInfo(String source, @JsonProperty("video_size") long videoSize, @JsonProperty("chunk_size") long chunkSize,
                      @JsonProperty("total_chunk_count") int totalChunkCount) {
    }

    record DirectPostInit(@JsonProperty("post_info") PostInfo postInfo, @JsonProperty("source_info") SourceInfo sourceInfo) {
    }

    record InboxInit(@JsonProperty("source_info") SourceInfo sourceInfo) {
    }

    record InitData(@JsonProperty("publish_id") String publishId, @JsonProperty("upload_url") String uploadUrl) {
    }

    record StatusRequest(@JsonProperty("publish_id") String publishId) {
    }

    /**
     * {@code publicaly_available_post_id} is spelled so by TikTok (sic) and mapped here explicitly; it lists the
     * post ids once a public post has passed moderation.
     */
    record StatusData(String status, @JsonProperty("fail_reason") String failReason,
                      @JsonProperty("publicaly_available_post_id") List<String> publiclyAvailablePostIds,
                      @JsonProperty("uploaded_bytes") Long uploadedBytes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VideoListRequest(Long cursor, @JsonProperty("max_count") int maxCount) {
    }

    record VideoQueryRequest(Filters filters) {
    }

    record Filters(@JsonProperty("video_ids") List<String> videoIds) {
    }

    record VideoListData(List<Video> videos, Long cursor, @JsonProperty("has_more") Boolean hasMore) {
    }

    /** {@code create_time} in epoch seconds; counts are lifetime totals, present when {@code fields} asked for them. */
    record Video(String id, String title, @JsonProperty("video_description") String videoDescription,
                 @JsonProperty("create_time") Long createTime, @JsonProperty("share_url") String shareUrl,
                 @JsonProperty("cover_image_url") String coverImageUrl, Long duration,
                 @JsonProperty("like_count") Long likeCount, @JsonProperty("comment_count") Long commentCount,
                 @JsonProperty("share_count") Long shareCount, @JsonProperty("view_count") Long viewCount) {
    }

    record UserData(User user) {
    }

    record User(@JsonProperty("open_id") String openId, @JsonProperty("union_id") String unionId,
                @JsonProperty("display_name") String displayName, String username,
                @JsonProperty("follower_count") Long followerCount,
                @JsonProperty("following_count") Long followingCount, @JsonProperty("likes_count") Long likesCount,
                @JsonProperty("video_count") Long videoCount) {
    }
}
