package io.github.mediaops.connector.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mediaops.connector.wechat.WeChatWire.ArticleDeleteRequest;
import io.github.mediaops.connector.wechat.WeChatWire.ArticleIdRequest;
import io.github.mediaops.connector.wechat.WeChatWire.ArticleCounters;
import io.github.mediaops.connector.wechat.WeChatWire.ClearQuotaRequest;
import io.github.mediaops.connector.wechat.WeChatWire.CountResponse;
import io.github.mediaops.connector.wechat.WeChatWire.DraftUpdateRequest;
import io.github.mediaops.connector.wechat.WeChatWire.NewsContent;
import io.github.mediaops.connector.wechat.WeChatWire.QuotaRequest;
import io.github.mediaops.connector.wechat.WeChatWire.QuotaResponse;
import io.github.mediaops.connector.wechat.WeChatWire.ReadRow;
import io.github.mediaops.connector.wechat.WeChatWire.Rows;
import io.github.mediaops.connector.wechat.WeChatWire.BatchGetRequest;
import io.github.mediaops.connector.wechat.WeChatWire.BatchGetResponse;
import io.github.mediaops.connector.wechat.WeChatWire.CommentListRequest;
import io.github.mediaops.connector.wechat.WeChatWire.CommentListResponse;
import io.github.mediaops.connector.wechat.WeChatWire.CommentRef;
import io.github.mediaops.connector.wechat.WeChatWire.CustomMessage;
import io.github.mediaops.connector.wechat.WeChatWire.DateSpanRequest;
import io.github.mediaops.connector.wechat.WeChatWire.DraftAddRequest;
import io.github.mediaops.connector.wechat.WeChatWire.MaterialResponse;
import io.github.mediaops.connector.wechat.WeChatWire.MediaIdRequest;
import io.github.mediaops.connector.wechat.WeChatWire.PublishIdRequest;
import io.github.mediaops.connector.wechat.WeChatWire.PublishStatusResponse;
import io.github.mediaops.connector.wechat.WeChatWire.StableTokenRequest;
import io.github.mediaops.connector.wechat.WeChatWire.Status;
import io.github.mediaops.connector.wechat.WeChatWire.SubmitResponse;
import io.github.mediaops.connector.wechat.WeChatWire.TokenResponse;
import io.github.mediaops.connector.wechat.WeChatWire.UserSummaryRow;
import okhttp3.MultipartBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Query;

/** The WeChat Official Account endpoints the connector uses (paths relative to https://api.weixin.qq.com/). */
interface WeChatApi {

    @GET("cgi-bin/token")
    Call<TokenResponse> token(@Query("grant_type") String grantType, @Query("appid") String appId,
                              @Query("secret") String secret);

    @POST("cgi-bin/stable_token")
    Call<TokenResponse> stableToken(@Body StableTokenRequest request);

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

    @POST("cgi-bin/draft/update")
    Call<Status> draftUpdate(@Query("access_token") String token, @Body DraftUpdateRequest request);

    @POST("cgi-bin/draft/delete")
    Call<Status> draftDelete(@Query("access_token") String token, @Body MediaIdRequest request);

    @POST("cgi-bin/draft/batchget")
    Call<BatchGetResponse> drafts(@Query("access_token") String token, @Body BatchGetRequest request);

    @GET("cgi-bin/draft/count")
    Call<CountResponse> draftCount(@Query("access_token") String token);

    @POST("cgi-bin/freepublish/delete")
    Call<Status> publishedDelete(@Query("access_token") String token, @Body ArticleDeleteRequest request);

    @POST("cgi-bin/freepublish/getarticle")
    Call<NewsContent> publishedArticle(@Query("access_token") String token, @Body ArticleIdRequest request);

    @POST("cgi-bin/openapi/quota/get")
    Call<QuotaResponse> quota(@Query("access_token") String token, @Body QuotaRequest request);

    @POST("cgi-bin/clear_quota")
    Call<Status> clearQuota(@Query("access_token") String token, @Body ClearQuotaRequest request);

    @POST("cgi-bin/freepublish/submit")
    Call<SubmitResponse> submit(@Query("access_token") String token, @Body MediaIdRequest request);

    @POST("cgi-bin/freepublish/get")
    Call<PublishStatusResponse> publishStatus(@Query("access_token") String token, @Body PublishIdRequest request);

    @POST("cgi-bin/freepublish/batchget")
    Call<BatchGetResponse> published(@Query("access_token") String token, @Body BatchGetRequest request);

    @POST("datacube/getarticlesummary")
    Call<Rows<ArticleCounters>> articleSummary(@Query("access_token") String token, @Body DateSpanRequest request);

    @POST("datacube/getarticletotal")
    Call<Rows<ArticleCounters>> articleTotal(@Query("access_token") String token, @Body DateSpanRequest request);

    @POST("datacube/getuserread")
    Call<Rows<ReadRow>> userRead(@Query("access_token") String token, @Body DateSpanRequest request);

    @POST("datacube/getuserreadhour")
    Call<Rows<ReadRow>> userReadHour(@Query("access_token") String token, @Body DateSpanRequest request);

    @POST("datacube/getusershare")
    Call<Rows<ReadRow>> userShare(@Query("access_token") String token, @Body DateSpanRequest request);

    @POST("datacube/getusersharehour")
    Call<Rows<ReadRow>> userShareHour(@Query("access_token") String token, @Body DateSpanRequest request);

    /** getarticleread, getarticleshare, getbizsummary, getarticletotaldetail: the current datacube endpoints. */
    @POST("datacube/{name}")
    Call<JsonNode> datacube(@retrofit2.http.Path("name") String name, @Query("access_token") String token,
                            @Body DateSpanRequest request);

    @POST("datacube/getusersummary")
    Call<Rows<UserSummaryRow>> userSummary(@Query("access_token") String token, @Body DateSpanRequest request);

    @POST("datacube/getusercumulate")
    Call<Rows<UserSummaryRow>> userCumulate(@Query("access_token") String token, @Body DateSpanRequest request);

    @POST("cgi-bin/comment/list")
    Call<CommentListResponse> comments(@Query("access_token") String token, @Body CommentListRequest request);

    @POST("cgi-bin/comment/reply/add")
    Call<Status> reply(@Query("access_token") String token, @Body CommentRef request);

    @POST("cgi-bin/comment/markelect")
    Call<Status> markElect(@Query("access_token") String token, @Body CommentRef request);

    @POST("cgi-bin/comment/unmarkelect")
    Call<Status> unmarkElect(@Query("access_token") String token, @Body CommentRef request);

    @POST("cgi-bin/comment/open")
    Call<Status> openComments(@Query("access_token") String token, @Body CommentRef request);

    @POST("cgi-bin/comment/close")
    Call<Status> closeComments(@Query("access_token") String token, @Body CommentRef request);

    @POST("cgi-bin/comment/reply/delete")
    Call<Status> deleteReply(@Query("access_token") String token, @Body CommentRef request);

    @POST("cgi-bin/comment/delete")
    Call<Status> deleteComment(@Query("access_token") String token, @Body CommentRef request);

    @POST("cgi-bin/message/custom/send")
    Call<Status> sendCustom(@Query("access_token") String token, @Body CustomMessage request);
}
