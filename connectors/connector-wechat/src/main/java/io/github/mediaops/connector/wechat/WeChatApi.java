package io.github.mediaops.connector.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import okhttp3.MultipartBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The WeChat Official Account endpoints the connector uses (paths relative to https://api.weixin.qq.com/; the token
 * endpoints are {@link io.github.mediaops.connector.support.WeChatFamilyTokens}'), with their wire records: tolerant
 * (unknown fields ignored), counters boxed so that a field WeChat did not send stays absent instead of becoming 0;
 * property names are snake_case for every record ({@code mediaId} is {@code media_id}), set once by the connector.
 */
interface WeChatApi {

    /**
     * Every POST whose answer is only WeChat's {@code errcode}/{@code errmsg}, by path: cgi-bin/draft/update,
     * draft/delete, freepublish/delete, clear_quota, comment/reply/add, comment/markelect, comment/unmarkelect,
     * comment/open, comment/close, comment/reply/delete, comment/delete, message/custom/send. The path is also the
     * endpoint name the call is made under ({@link WeChatPart#write}), so errors name it.
     */
    @POST("{path}")
    Call<Status> post(@Path(value = "path", encoded = true) String path, @Query("access_token") String token,
                      @Body Object request);

    @Multipart
    @POST("cgi-bin/material/add_material")
    Call<MaterialResponse> addMaterial(@Query("access_token") String token, @Query("type") String type,
                                       @Part MultipartBody.Part media);

    @Multipart
    @POST("cgi-bin/media/uploadimg")
    Call<MaterialResponse> uploadImage(@Query("access_token") String token, @Part MultipartBody.Part media);

    @POST("cgi-bin/draft/add")
    Call<MaterialResponse> draftAdd(@Query("access_token") String token, @Body DraftAddRequest request);

    @POST("cgi-bin/draft/get")
    Call<NewsContent> draftGet(@Query("access_token") String token, @Body MediaIdRequest request);

    @POST("cgi-bin/draft/batchget")
    Call<BatchGetResponse> drafts(@Query("access_token") String token, @Body BatchGetRequest request);

    @GET("cgi-bin/draft/count")
    Call<CountResponse> draftCount(@Query("access_token") String token);

    @POST("cgi-bin/freepublish/getarticle")
    Call<NewsContent> publishedArticle(@Query("access_token") String token, @Body ArticleRef request);

    @POST("cgi-bin/openapi/quota/get")
    Call<QuotaResponse> quota(@Query("access_token") String token, @Body QuotaRequest request);

    @POST("cgi-bin/freepublish/submit")
    Call<SubmitResponse> submit(@Query("access_token") String token, @Body MediaIdRequest request);

    @POST("cgi-bin/freepublish/get")
    Call<PublishStatusResponse> publishStatus(@Query("access_token") String token, @Body PublishIdRequest request);

    @POST("cgi-bin/freepublish/batchget")
    Call<BatchGetResponse> published(@Query("access_token") String token, @Body BatchGetRequest request);

    /**
     * Every datacube report, by name: getarticlesummary, getarticletotal, getuserread[hour], getusershare[hour],
     * getusersummary, getusercumulate, and the current getarticleread, getarticleshare, getbizsummary,
     * getarticletotaldetail. They share one request shape and one answer shape ({@code list} of rows), read by
     * {@link WeChatDatacube}.
     */
    @POST("datacube/{name}")
    Call<JsonNode> datacube(@Path("name") String name, @Query("access_token") String token, @Body DateSpanRequest request);

    @POST("cgi-bin/comment/list")
    Call<CommentListResponse> comments(@Query("access_token") String token, @Body CommentListRequest request);

    // ------------------------------------------------------------------ wire records

    record Status(Integer errcode, String errmsg) {
    }

    /** The answer of an upload ({@code media_id}, and {@code url} for images) or of {@code draft/add}. */
    record MaterialResponse(String mediaId, String url) {
    }

    record DraftAddRequest(List<NewsItem> articles) {
    }

    record MediaIdRequest(String mediaId) {
    }

    record SubmitResponse(String publishId, String msgDataId) {
    }

    record DraftUpdateRequest(String mediaId, int index, NewsItem articles) {
    }

    record CountResponse(Long totalCount) {
    }

    /** A published item ({@code freepublish/getarticle}) or one of its articles ({@code freepublish/delete}, index). */
    record ArticleRef(String articleId, Integer index) {
    }

    record QuotaRequest(String cgiPath) {
    }

    record QuotaCounters(Long dailyLimit, Long used, Long remain) {
    }

    record QuotaResponse(Integer errcode, String errmsg, QuotaCounters quota) {
    }

    record ClearQuotaRequest(String appid) {
    }

    record PublishIdRequest(String publishId) {
    }

    record ArticleItem(Integer idx, String articleUrl) {
    }

    record ArticleDetail(Integer count, List<ArticleItem> item) {
    }

    record PublishStatusResponse(String publishId, Integer publishStatus, String articleId, ArticleDetail articleDetail,
                                 List<Integer> failIdx) {
    }

    record BatchGetRequest(int offset, int count, int noContent) {
    }

    /** An article of a draft or published item as WeChat lists it, and as {@code draft/add} and {@code update} take it. */
    record NewsItem(String title, String author, String digest, String content, String contentSourceUrl,
                    String thumbMediaId, Integer needOpenComment, Integer onlyFansCanComment, String url, Boolean isDeleted) {
    }

    /**
     * The {@code news_item} list of a listed item's {@code content}, and the answer of
     * {@code freepublish/getarticle} and {@code draft/get}.
     */
    record NewsContent(List<NewsItem> newsItem) {
    }

    record PublishedItem(String articleId, String mediaId, NewsContent content, Long updateTime) {
    }

    record BatchGetResponse(Long totalCount, Long itemCount, List<PublishedItem> item) {
    }

    record DateSpanRequest(String beginDate, String endDate) {
    }

    record CommentListRequest(String msgDataId, int index, int begin, int count, int type) {
    }

    record CommentReply(String content, Long createTime) {
    }

    /** {@code reply} is one object in WeChat's answers and its example, an array in some SDK fixtures: both read. */
    record CommentRow(Long userCommentId, String openid, Long createTime, String content, Integer commentType,
                      List<CommentReply> reply) {
    }

    record CommentListResponse(Long total, List<CommentRow> comment) {
    }

    /**
     * An article's comments ({@code comment/open}, {@code close}), one comment ({@code markelect},
     * {@code delete}, {@code reply/delete}) or a reply to it ({@code reply/add}): null fields are not sent.
     */
    record CommentRef(String msgDataId, int index, Long userCommentId, String content) {
    }

    record Text(String content) {
    }

    record CustomMessage(String touser, String msgtype, Text text) {
    }
}
