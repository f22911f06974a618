package io.github.mediaops.connector.channels;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * The WeChat Channels (视频号助手) and Weixin Store (微信小店) endpoints the connector uses, paths relative to
 * https://api.weixin.qq.com/ ({@code platform-apis-2.md} §2.2). Wire records are tolerant: unknown fields are
 * ignored and numbers that arrive as text ({@code "errcode":"0"}, {@code "start_time":"1234567890"}) are read.
 * Property names are snake_case for every record ({@code exportId} is {@code export_id}), set once by the connector;
 * a {@code @JsonProperty} names a field whose Java name differs.
 */
interface ChannelsApi {

    @POST("channels/ec/finderlive/getfinderliverecordlist")
    Call<LiveRecords> liveRecords(@Query("access_token") String token, @Body Map<String, Object> body);

    @POST("channels/ec/finderlive/getfinderlivenoticerecordlist")
    Call<LiveNotices> liveNotices(@Query("access_token") String token, @Body Map<String, Object> body);

    @POST("channels/finderlive/get_finder_attr_by_appid")
    Call<FinderAttrResponse> finderAttr(@Query("access_token") String token, @Body Map<String, Object> body);

    @POST("channels/finderlive/get_finder_live_data_list")
    Call<LiveDataList> liveDataList(@Query("access_token") String token, @Body LiveDataRequest body);

    @POST("channels/ec/order/list/get")
    Call<OrderList> orderList(@Query("access_token") String token, @Body OrderListRequest body);

    @POST("channels/ec/order/get")
    Call<OrderResponse> order(@Query("access_token") String token, @Body OrderRequest body);

    record LiveRecords(List<Live> liveList) {
    }

    record Live(String exportId, String description, String coverUrl, String nickname, String headUrl) {
    }

    record LiveNotices(List<Notice> liveNoticeList) {
    }

    record Notice(String noticeId, Integer status, String statusWording, String startTime, String description,
                  String nickname, String headUrl) {
    }

    record FinderAttrResponse(FinderAttr finderAttr) {
    }

    record FinderAttr(String uniqId, String nickname, Object fansCount) {
    }

    record LiveDataRequest(long startTime, long endTime, String lastBuffer) {
    }

    record LiveDataList(List<LiveDataItem> item, String lastBuffer, Boolean continueFlag) {
    }

    record LiveDataItem(String exportId, Object liveStartTime, @JsonProperty("live_duration_in_seconds") Object durationSeconds,
                        @JsonProperty("total_audience_count") Object audience, @JsonProperty("total_cheer_count") Object cheers,
                        @JsonProperty("forward_count") Object forwards, @JsonProperty("total_comment_count") Object comments,
                        @JsonProperty("audiences_avg_seconds") Object avgSeconds,
                        @JsonProperty("max_online_count") Object maxOnline, @JsonProperty("new_follow_count") Object newFollows) {
    }

    record TimeRange(long startTime, long endTime) {
    }

    record OrderListRequest(TimeRange createTimeRange, int pageSize, String nextKey) {
    }

    record OrderList(List<String> orderIdList, String nextKey, Boolean hasMore) {
    }

    record OrderRequest(String orderId) {
    }

    record OrderResponse(Order order) {
    }

    record Order(String orderId, Integer status, Long createTime, Long updateTime, String openid,
                 OrderDetail orderDetail) {
    }

    record OrderDetail(List<ProductInfo> productInfos, PriceInfo priceInfo, ExtInfo extInfo, SharerInfo sharerInfo) {
    }

    record ProductInfo(String productId, String skuId, Object skuCnt, String title, String salePrice) {
    }

    record PriceInfo(String productPrice, String orderPrice, String freight, String discountedPrice) {
    }

    record ExtInfo(String finderId, String liveId, Integer orderScene) {
    }

    record SharerInfo(String sharerOpenid) {
    }
}
