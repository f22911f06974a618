package io.github.mediaops.connector.wechat;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Wire DTOs of the WeChat Official Account API (developers.weixin.qq.com), tolerant: unknown fields are
 * ignored, counters are boxed so that a field WeChat did not send stays absent instead of becoming 0.
 */
final class WeChatWire {
    private WeChatWire() {
    }

    /** Shown in place of a secret in {@code toString()}: whether it is there, never what it is. */
    static String mask(String secret) {
        return secret == null ? "null" : "***";
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TokenResponse(String accessToken, Long expiresIn) {
        @Override
        public String toString() {
            return "TokenResponse[accessToken=" + mask(accessToken) + ", expiresIn=" + expiresIn + "]";
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StableTokenRequest(String grantType, String appid, String secret, boolean forceRefresh) {
        @Override
        public String toString() {
            return "StableTokenRequest[grantType=" + grantType + ", appid=" + appid + ", secret=" + mask(secret)
                    + ", forceRefresh=" + forceRefresh + "]";
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Status(Integer errcode, String errmsg) {
    }

    /** The answer of an upload ({@code media_id}, and {@code url} for images) or of {@code draft/add}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MaterialResponse(String mediaId, String url) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DraftArticle(String title, String author, String digest, String content, String contentSourceUrl,
                        String thumbMediaId, Integer needOpenComment, Integer onlyFansCanComment) {
    }

    record DraftAddRequest(List<DraftArticle> articles) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MediaIdRequest(String mediaId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SubmitResponse(String publishId, String msgDataId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DraftUpdateRequest(String mediaId, int index, DraftArticle articles) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CountResponse(Long totalCount) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ArticleIdRequest(String articleId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ArticleDeleteRequest(String articleId, int index) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record QuotaRequest(String cgiPath) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record QuotaCounters(Long dailyLimit, Long used, Long remain) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record QuotaResponse(Integer errcode, String errmsg, QuotaCounters quota) {
    }

    record ClearQuotaRequest(String appid) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PublishIdRequest(String publishId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ArticleItem(Integer idx, String articleUrl) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ArticleDetail(Integer count, List<ArticleItem> item) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PublishStatusResponse(String publishId, Integer publishStatus, String articleId, ArticleDetail articleDetail,
                                 List<Integer> failIdx) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record BatchGetRequest(int offset, int count, int noContent) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record NewsItem(String title, String author, String digest, String content, String contentSourceUrl,
                    String thumbMediaId, Integer needOpenComment, Integer onlyFansCanComment, String url, Boolean isDeleted) {
    }

    /**
     * The {@code news_item} list of a listed item's {@code content}, and the answer of
     * {@code freepublish/getarticle} and {@code draft/get}.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record NewsContent(List<NewsItem> newsItem) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PublishedItem(String articleId, String mediaId, NewsContent content, Long updateTime) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record BatchGetResponse(Long totalCount, Long itemCount, List<PublishedItem> item) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DateSpanRequest(String beginDate, String endDate) {
    }

    /** The {@code list} of a datacube answer, whatever its row type; an absent list is no rows. */
    record Rows<T>(List<T> list) {
        List<T> rows() {
            return list == null ? List.of() : list;
        }
    }

    /** A getarticlesummary row or a getarticletotal row (whose details are {@link TotalDetail}s). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ArticleCounters(String refDate, String msgid, String title, Long intPageReadUser,
                           Long intPageReadCount, Long oriPageReadUser, Long oriPageReadCount, Long shareUser,
                           Long shareCount, Long addToFavUser, Long addToFavCount, List<TotalDetail> details) {
    }

    /** One stat_date of a getarticletotal row: cumulative counters, delivered users and the per-source split. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TotalDetail(String statDate, Long targetUser, Long intPageReadUser, Long intPageReadCount,
                       Long oriPageReadUser, Long oriPageReadCount, Long shareUser, Long shareCount, Long addToFavUser,
                       Long addToFavCount,
                       Long intPageFromSessionReadUser, Long intPageFromSessionReadCount,
                       Long intPageFromHistMsgReadUser, Long intPageFromHistMsgReadCount,
                       Long intPageFromFeedReadUser, Long intPageFromFeedReadCount,
                       Long intPageFromFriendsReadUser, Long intPageFromFriendsReadCount,
                       Long intPageFromOtherReadUser, Long intPageFromOtherReadCount,
                       Long intPageFromKanyikanReadUser, Long intPageFromKanyikanReadCount,
                       Long intPageFromSouyisouReadUser, Long intPageFromSouyisouReadCount,
                       Long feedShareFromSessionUser, Long feedShareFromSessionCnt,
                       Long feedShareFromFeedUser, Long feedShareFromFeedCnt,
                       Long feedShareFromOtherUser, Long feedShareFromOtherCnt) {
    }

    /** A getuserread / getuserreadhour / getusershare / getusersharehour row. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReadRow(String refDate, Integer refHour, Integer userSource, Integer shareScene, Long intPageReadUser,
                   Long intPageReadCount, Long oriPageReadUser, Long oriPageReadCount, Long shareUser, Long shareCount,
                   Long addToFavUser, Long addToFavCount) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UserSummaryRow(String refDate, Integer userSource, Long newUser, Long cancelUser, Long cumulateUser) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CommentListRequest(String msgDataId, int index, int begin, int count, int type) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CommentReply(String content, Long createTime) {
    }

    /** {@code reply} is one object in WeChat's answers and its example, an array in some SDK fixtures: both read. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CommentRow(Long userCommentId, String openid, Long createTime, String content, Integer commentType,
                      List<CommentReply> reply) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CommentListResponse(Long total, List<CommentRow> comment) {
    }

    /**
     * An article's comments ({@code comment/open}, {@code close}), one comment ({@code markelect},
     * {@code delete}, {@code reply/delete}) or a reply to it ({@code reply/add}): null fields are not sent.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CommentRef(String msgDataId, int index, Long userCommentId, String content) {
    }

    record Text(String content) {
    }

    record CustomMessage(String touser, String msgtype, Text text) {
    }
}
