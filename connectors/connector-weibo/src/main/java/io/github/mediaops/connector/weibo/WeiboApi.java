package io.github.mediaops.connector.weibo;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Query;

/**
 * Weibo Open API (v2) endpoints used by the connector, with their wire records (platform-apis.md §3, the
 * open.weibo.com pages {@code Oauth2/access_token}, {@code Oauth2/get_token_info}, {@code 2/statuses/share},
 * {@code 2/comments/*}, {@code 2/users/show}, {@code 2/users/counts}). Every endpoint ends in {@code .json}; the
 * user's access token rides as the {@code access_token} query or form parameter; write calls are form-encoded,
 * multipart when a {@code pic} is uploaded. A failure is HTTP 4xx with {@code {"request", "error_code", "error"}},
 * the code a number or a string.
 *
 * <p>Ids are 64-bit and larger than a double's exact range in some answers: they are read as strings.
 */
interface WeiboApi {

    @FormUrlEncoded
    @POST("oauth2/access_token")
    Call<TokenAnswer> accessToken(@Field("client_id") String clientId, @Field("client_secret") String clientSecret,
                                  @Field("grant_type") String grantType, @Field("code") String code,
                                  @Field("redirect_uri") String redirectUri);

    /** The refresh-token grant, open only to apps authorised through Weibo's official mobile SDK. */
    @FormUrlEncoded
    @POST("oauth2/access_token")
    Call<TokenAnswer> refreshToken(@Field("client_id") String clientId, @Field("client_secret") String clientSecret,
                                   @Field("grant_type") String grantType, @Field("refresh_token") String refreshToken,
                                   @Field("redirect_uri") String redirectUri);

    @FormUrlEncoded
    @POST("oauth2/get_token_info")
    Call<TokenInfoAnswer> tokenInfo(@Field("access_token") String token);

    @FormUrlEncoded
    @POST("2/statuses/share.json")
    Call<Status> share(@Field("access_token") String token, @Field("status") String status, @Field("rip") String rip);

    @Multipart
    @POST("2/statuses/share.json")
    Call<Status> shareWithPic(@Part("access_token") RequestBody token, @Part("status") RequestBody status,
                              @Part("rip") RequestBody rip, @Part MultipartBody.Part pic);

    /** The ids of the authorised user's own newest statuses (Weibo limits how many the public tier returns). */
    @GET("2/statuses/user_timeline/ids.json")
    Call<StatusIds> userTimelineIds(@Query("access_token") String token, @Query("uid") String uid,
                                    @Query("count") int count);

    /** Comment, repost and like counts of up to 100 statuses, ids comma-separated. */
    @GET("2/statuses/count.json")
    Call<List<StatusCount>> statusCounts(@Query("access_token") String token, @Query("ids") String ids);

    @GET("2/users/show.json")
    Call<User> userShow(@Query("access_token") String token, @Query("uid") String uid);

    /** Follower, following and status counts of up to 100 users, uids comma-separated. */
    @GET("2/users/counts.json")
    Call<List<UserCount>> userCounts(@Query("access_token") String token, @Query("uids") String uids);

    @GET("2/comments/show.json")
    Call<CommentPage> comments(@Query("access_token") String token, @Query("id") String statusId,
                               @Query("count") int count, @Query("page") int page);

    @FormUrlEncoded
    @POST("2/comments/reply.json")
    Call<WireComment> reply(@Field("access_token") String token, @Field("cid") String commentId,
                            @Field("id") String statusId, @Field("comment") String text,
                            @Field("without_mention") int withoutMention, @Field("rip") String rip);

    @FormUrlEncoded
    @POST("2/comments/destroy.json")
    Call<WireComment> destroy(@Field("access_token") String token, @Field("cid") String commentId);

    /** {@code remind_in} is deprecated (use {@code expires_in}); {@code refresh_token} only for mobile-SDK apps. */
    record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") Long expiresIn,
                       @JsonProperty("remind_in") String remindIn, String uid,
                       @JsonProperty("refresh_token") String refreshToken) {
    }

    /** {@code create_at}: epoch seconds of the authorisation; {@code expire_in}: seconds it has left. */
    record TokenInfoAnswer(String uid, String appkey, String scope, @JsonProperty("create_at") Long createAt,
                           @JsonProperty("expire_in") @JsonAlias("expires_in") Long expireIn) {
    }

    record Status(@JsonProperty("created_at") String createdAt, String id, String idstr, String mid, String text,
                  @JsonProperty("reposts_count") Long repostsCount, @JsonProperty("comments_count") Long commentsCount,
                  @JsonProperty("attitudes_count") Long attitudesCount, User user) {
        /** The id as a string: {@code idstr} when present ({@code id} may have lost precision in other clients). */
        String key() {
            return idstr != null && !idstr.isBlank() ? idstr : id;
        }
    }

    record StatusIds(List<String> statuses, @JsonProperty("total_number") Long totalNumber) {
    }

    /** {@code likes} on the commercial count API, {@code attitudes} on the others; {@code reads} for media accounts. */
    record StatusCount(String id, Long comments, Long reposts, @JsonAlias("likes") Long attitudes, Long reads) {
    }

    record User(String id, String idstr, @JsonProperty("screen_name") String screenName, String name,
                @JsonProperty("followers_count") Long followersCount, @JsonProperty("friends_count") Long friendsCount,
                @JsonProperty("statuses_count") Long statusesCount) {
        String key() {
            return idstr != null && !idstr.isBlank() ? idstr : id;
        }
    }

    record UserCount(String id, @JsonProperty("followers_count") Long followersCount,
                     @JsonProperty("friends_count") Long friendsCount,
                     @JsonProperty("statuses_count") Long statusesCount) {
    }

    record CommentPage(List<WireComment> comments, @JsonProperty("total_number") Long totalNumber,
                       @JsonProperty("next_cursor") String nextCursor) {
    }

    /** A comment; {@code reply_comment} is the comment it answers, {@code status} the status it is on. */
    record WireComment(@JsonProperty("created_at") String createdAt, String id, String idstr, String text, User user,
                       Status status, @JsonProperty("reply_comment") WireComment replyComment) {
        String key() {
            return idstr != null && !idstr.isBlank() ? idstr : id;
        }
    }
}
