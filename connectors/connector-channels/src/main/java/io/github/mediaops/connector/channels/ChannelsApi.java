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

    record LiveRecords(@JsonProperty("live_list") List<Live> liveList) {
    }

    record Live(@JsonProperty("export_id") String exportId, String description, @JsonProperty("cover_url") String coverUrl,
                String nickname, @JsonProperty("head_url") String headUrl) {
    }

    record LiveNotices(@JsonProperty("live_notice_list") List<Notice> liveNoticeList) {
    }

    record Notice(@JsonProperty("notice_id") String noticeId, Integer status, @JsonProperty("status_wording") String statusWording,
                  @JsonProperty("start_time") String startTime, String description, String nickname,
                  @JsonProperty("head_url") String headUrl) {
    }

    record FinderAttrResponse(@JsonProperty("finder_attr") FinderAttr finderAttr) {
    }

    record FinderAttr(@JsonProperty("uniq_id") String uniqId, String nickname, @JsonProperty("fans_count") Object fansCount) {
    }

    record LiveDataRequest(@JsonProperty("start_time") long startTime, @JsonProperty("end_time") long endTime,
                           @JsonProperty("last_buffer") String lastBuffer) {
    }

    record LiveDataList(List<LiveDataItem> item, @JsonProperty("last_buffer") String lastBuffer,
                        @JsonProperty("continue_flag") Boolean continueFlag) {
    }

    record LiveDataItem(@JsonProperty("export_id") String exportId, @JsonProperty("live_start_time") Object liveStartTime,
                        @JsonProperty("live_duration_in_seconds") Object durationSeconds,
                        @JsonProperty("total_audience_count") Object audience, @JsonProperty("total_cheer_count") Object cheers,
                        @JsonProperty("forward_count") Object forwards, @JsonProperty("total_comment_count") Object comments,
                        @JsonProperty("audiences_avg_seconds") Object avgSeconds,
                        @JsonProperty("max_online_count") Object maxOnline, @JsonProperty("new_follow_count") Object newFollows) {
    }

    record TimeRange(@JsonProperty("start_time") long startTime, @JsonProperty("end_time") long endTime) {
    }

    record OrderListRequest(@JsonProperty("create_time_range") TimeRange createTimeRange,
                            @JsonProperty("page_size") int pageSize, @JsonProperty("next_key") String nextKey) {
    }

    record OrderList(@JsonProperty("order_id_list") List<String> orderIdList, @JsonProperty("next_key") String nextKey,
                     @JsonProperty("has_more") Boolean hasMore) {
    }

    record OrderRequest(@JsonProperty("order_id") String orderId) {
    }

    record OrderResponse(Order order) {
    }

    record Order(@JsonProperty("order_id") String orderId, Integer status, @JsonProperty("create_time") Long createTime,
                 @JsonProperty("update_time") Long updateTime, String openid,
                 @JsonProperty("order_detail") OrderDetail orderDetail) {
    }

    record OrderDetail(@JsonProperty("product_infos") List<ProductInfo> productInfos,
                       @JsonProperty("price_info") PriceInfo priceInfo, @JsonProperty("ext_info") ExtInfo extInfo,
                       @JsonProperty("sharer_info") SharerInfo sharerInfo) {
    }

    record ProductInfo(@JsonProperty("product_id") String productId, @JsonProperty("sku_id") String skuId,
                       @JsonProperty("sku_cnt") Object skuCnt, String title, @JsonProperty("sale_price") String salePrice) {
    }

    record PriceInfo(@JsonProperty("product_price") String productPrice, @JsonProperty("order_price") String orderPrice,
                     String freight, @JsonProperty("discounted_price") String discountedPrice) {
    }

    record ExtInfo(@JsonProperty("finder_id") String finderId, @JsonProperty("live_id") String liveId,
                   @JsonProperty("order_scene") Integer orderScene) {
    }

    record SharerInfo(@JsonProperty("sharer_openid") String sharerOpenid) {
    }
}
