package io.github.mediaops.connector.bilibili;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * Bilibili open platform endpoints used by the connector, with their wire records (platform-apis.md §5.1,
 * platform-apis-2.md §7, the official demo {@code bilibili-openplatform/demo}). Every answer is the envelope
 * {@code {"code":0,"message":"0","ttl":1,"data":{…}}}; the decoder has refused non-zero codes before a record is
 * read. Three hosts: the token endpoints of {@code api.bilibili.com} and the part upload of
 * {@code openupos.bilivideo.com} are called with an absolute {@link Url}; the {@code arcopen} API of
 * {@code member.bilibili.com} is relative to the base URL. {@code arcopen} calls carry the signature headers
 * ({@link BilibiliSigner}) in {@code headers} and the body they were computed over.
 */
interface BilibiliApi {

    /** 通过授权码获取 access_token: the parameters ride in the query string of a POST (official demo). */
    @POST
    Call<TokenEnvelope> token(@Url String url, @Query("client_id") String clientId,
                              @Query("client_secret") String clientSecret, @Query("grant_type") String grantType,
                              @Query("code") String code);

    /** 通过刷新令牌续期 access_token: each refresh token works once. */
    @POST
    Call<TokenEnvelope> refresh(@Url String url, @Query("client_id") String clientId,
                                @Query("client_secret") String clientSecret, @Query("grant_type") String grantType,
                                @Query("refresh_token") String refreshToken);

    /** 获取用户公开信息: the {@code openid} of the token's account (the token answer names no account). */
    @GET("arcopen/fn/user/account/info")
    Call<Envelope<AccountInfo>> accountInfo(@HeaderMap Map<String, String> headers, @Query("client_id") String clientId,
                                            @Query("access_token") String token);

    @GET("arcopen/fn/data/user/stat")
    Call<Envelope<UserStat>> userStat(@HeaderMap Map<String, String> headers, @Query("client_id") String clientId,
                                      @Query("access_token") String token);

    @GET("arcopen/fn/data/arc/stat")
    Call<Envelope<ArcStat>> arcStat(@HeaderMap Map<String, String> headers, @Query("client_id") String clientId,
                                    @Query("access_token") String token, @Query("resource_id") String resourceId);

    @GET("arcopen/fn/data/arc/inc-stats")
    Call<Envelope<Map<String, Object>>> incStats(@HeaderMap Map<String, String> headers,
                                                 @Query("client_id") String clientId, @Query("access_token") String token);

    @GET("arcopen/fn/archive/viewlist")
    Call<Envelope<ArchiveList>> viewList(@HeaderMap Map<String, String> headers, @Query("client_id") String clientId,
                                         @Query("access_token") String token, @Query("pn") int pn, @Query("ps") int ps);

    @GET("arcopen/fn/archive/view")
    Call<Envelope<Archive>> view(@HeaderMap Map<String, String> headers, @Query("client_id") String clientId,
                                 @Query("access_token") String token, @Query("resource_id") String resourceId);

    /** 文件上传预处理: JSON {@code {"name":…,"utype":"0"}} → {@code upload_token}. */
    @POST("arcopen/fn/archive/video/init")
    Call<Envelope<UploadToken>> init(@HeaderMap Map<String, String> headers, @Query("client_id") String clientId,
                                     @Query("access_token") String token, @Body RequestBody json);

    /** 文件分片上传: the part's bytes as the body, parts numbered from 1; not signed (the upload token authorises it). */
    @POST
    Call<Ack> part(@Url String url, @Query("upload_token") String uploadToken, @Query("part_number") int partNumber,
                   @Body RequestBody bytes);

    /** 文件分片合片: only the upload token (official demo). */
    @POST("arcopen/fn/archive/video/complete")
    Call<Ack> complete(@HeaderMap Map<String, String> headers, @Query("upload_token") String uploadToken,
                       @Body RequestBody empty);

    /** 封面上传: multipart {@code file} → {@code url}. */
    @POST("arcopen/fn/archive/cover/upload")
    Call<Envelope<CoverUrl>> cover(@HeaderMap Map<String, String> headers, @Query("client_id") String clientId,
                                   @Query("access_token") String token, @Body RequestBody multipart);

    /** 视频稿件提交: JSON {@link Submission} → {@code resource_id} (the BV id). */
    @POST("arcopen/fn/archive/add-by-utoken")
    Call<Envelope<ResourceId>> submit(@HeaderMap Map<String, String> headers, @Query("client_id") String clientId,
                                      @Query("access_token") String token, @Query("upload_token") String uploadToken,
                                      @Body RequestBody json);

    /** The envelope of every answer; {@code data} is absent on acknowledgements. */
    record Envelope<T>(Integer code, String message, T data) {
    }

    /** An acknowledgement: {@code {"code":0,"message":"0"}}. */
    record Ack(Integer code, String message) {
    }

    /**
     * {@code expires_in} is when the access token expires as a Unix time in seconds (not a lifetime); the
     * connector also accepts a lifetime (a value below {@link BilibiliConnector#EPOCH_THRESHOLD}).
     */
    record TokenData(@JsonProperty("access_token") String accessToken,
                     @JsonProperty("refresh_token") String refreshToken,
                     @JsonProperty("expires_in") Long expiresIn, List<String> scopes) {
    }

    record TokenEnvelope(Integer code, String message, TokenData data) {
    }

    record AccountInfo(String name, String face, String openid) {
    }

    /** {@code following}: accounts followed; {@code follower}: followers; {@code arc_passed_total}: archives passed review. */
    record UserStat(Object following, Object follower, @JsonProperty("arc_passed_total") Object arcPassedTotal) {
    }

    /** Lifetime counts of one archive. {@code coin} (投币) has no core metric. */
    record ArcStat(Object view, Object danmaku, Object reply, Object favorite, Object coin, Object share, Object like) {
    }

    record ArchiveList(Page page, List<Archive> list) {
    }

    record Page(Integer pn, Integer ps, Integer total) {
    }

    /** {@code ctime}/{@code ptime} in Unix seconds; {@code addit_info.state} 0 = open, −2 = returned. */
    record Archive(@JsonProperty("resource_id") String resourceId, String title, String cover, Integer tid,
                   String desc, String tag, Long ctime, Long ptime,
                   @JsonProperty("video_info") VideoInfo videoInfo, @JsonProperty("addit_info") AdditInfo additInfo) {
    }

    record VideoInfo(Long cid, Long duration, @JsonProperty("share_url") String shareUrl) {
    }

    record AdditInfo(Integer state, @JsonProperty("state_desc") String stateDesc,
                     @JsonProperty("reject_reason") String rejectReason) {
    }

    record UploadToken(@JsonProperty("upload_token") String uploadToken) {
    }

    record CoverUrl(String url) {
    }

    record ResourceId(@JsonProperty("resource_id") String resourceId) {
    }

    /** The body of {@code add-by-utoken}: {@code tag} is comma-separated; {@code copyright} 1 = original. */
    record Submission(String title, String cover, int tid, @JsonProperty("no_reprint") int noReprint, String desc,
                      String tag, int copyright, String source) {
    }

    /** The body of {@code video/init}: {@code utype} "0" = chunked upload. */
    record Init(String name, String utype) {
    }
}
