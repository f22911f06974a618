package io.github.mediaops.connector.oceanengine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * Ocean Engine Marketing API endpoints used by the connector, with their wire records (platform-apis.md §9.1,
 * platform-apis-2.md §3.6 and the official pages mirrored in jiangzhx/adcli). Every call carries the header {@code Access-Token}; GET parameters that are
 * arrays or objects are JSON text in the query. Report cells are kept as text (numbers arrive as numbers or
 * strings) and parsed by the mapper.
 */
interface OceanEngineApi {

    @POST("open_api/oauth2/access_token/")
    Call<TokenEnvelope> accessToken(@Body AuthCodeGrant grant);

    @POST("open_api/oauth2/refresh_token/")
    Call<TokenEnvelope> refreshToken(@Body RefreshGrant grant);

    @GET("open_api/v3.0/report/custom/get/")
    Call<CustomReportEnvelope> customReport(@Header("Access-Token") String token,
                                            @Query("advertiser_id") String advertiserId,
                                            @Query("data_topic") String dataTopic,
                                            @Query("dimensions") String dimensionsJson,
                                            @Query("metrics") String metricsJson,
                                            @Query("filters") String filtersJson,
                                            @Query("start_time") String startTime,
                                            @Query("end_time") String endTime,
                                            @Query("order_by") String orderByJson,
                                            @Query("page") int page,
                                            @Query("page_size") int pageSize);

    @GET("open_api/v3.0/douplus/order/report/")
    Call<DouPlusReportEnvelope> douPlusReport(@Header("Access-Token") String token,
                                              @Query("aweme_sec_uid") String awemeSecUid,
                                              @Query("stat_time") String statTimeJson,
                                              @Query("group_by") String groupByJson,
                                              @Query("page") int page,
                                              @Query("page_size") int pageSize);

    @GET("open_api/oauth2/advertiser/get/")
    Call<AdvertiserListEnvelope> authorizedAdvertisers(@Header("Access-Token") String token,
                                                       @Query("access_token") String sameToken);

    @GET("open_api/2/advertiser/budget/get/")
    Call<BudgetEnvelope> budget(@Header("Access-Token") String token, @Query("advertiser_ids") String advertiserIdsJson);

    @GET("open_api/2/advertiser/fund/get/")
    Call<FundEnvelope> fund(@Header("Access-Token") String token, @Query("advertiser_id") String advertiserId);

    @GET("open_api/2/advertiser/fund/daily_stat/")
    Call<DailyFundEnvelope> dailyFund(@Header("Access-Token") String token, @Query("advertiser_id") String advertiserId,
                                      @Query("start_date") String startDate, @Query("end_date") String endDate,
                                      @Query("page") int page, @Query("page_size") int pageSize);

    record AuthCodeGrant(@JsonProperty("app_id") String appId, String secret,
                         @JsonProperty("grant_type") String grantType, @JsonProperty("auth_code") String authCode) {
        @Override
        public String toString() {
            return "AuthCodeGrant[appId=" + appId + ", secret=****, authCode=****]";
        }
    }

    record RefreshGrant(@JsonProperty("app_id") String appId, String secret,
                        @JsonProperty("grant_type") String grantType, @JsonProperty("refresh_token") String refreshToken) {
        @Override
        public String toString() {
            return "RefreshGrant[appId=" + appId + ", secret=****, refreshToken=****]";
        }
    }

    record TokenEnvelope(Long code, String message, TokenData data) {
    }

    record TokenData(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") String expiresIn,
                     @JsonProperty("refresh_token") String refreshToken,
                     @JsonProperty("refresh_token_expires_in") String refreshTokenExpiresIn,
                     @JsonProperty("advertiser_id") String advertiserId,
                     @JsonProperty("advertiser_ids") List<String> advertiserIds) {
        @Override
        public String toString() {
            return "TokenData[accessToken=****, refreshToken=****, advertiserIds=" + advertiserIds + "]";
        }
    }

    record PageInfo(Integer page, @JsonProperty("page_size") Integer pageSize,
                    @JsonProperty("total_number") Long totalNumber, @JsonProperty("total_page") Integer totalPage) {
    }

    record CustomReportEnvelope(Long code, String message, @JsonProperty("request_id") String requestId,
                                CustomReport data) {
    }

    record CustomReport(List<CustomRow> rows, @JsonProperty("total_metrics") Map<String, String> totalMetrics,
                        @JsonProperty("page_info") PageInfo pageInfo) {
    }

    record CustomRow(Map<String, String> dimensions, Map<String, String> metrics) {
    }

    record DouPlusReportEnvelope(Long code, String message, @JsonProperty("request_id") String requestId,
                                 DouPlusReport data) {
    }

    record DouPlusReport(@JsonProperty("order_metrics") List<OrderStat> orderMetrics,
                         @JsonProperty("page_info") PageInfo pageInfo) {
    }

    record OrderStat(@JsonProperty("dimension_data") Map<String, String> dimensionData,
                     @JsonProperty("metrics_data") Map<String, String> metricsData) {
    }

    record AdvertiserListEnvelope(Long code, String message, @JsonProperty("request_id") String requestId,
                                  AdvertiserList data) {
    }

    record AdvertiserList(List<AuthorizedAdvertiser> list) {
    }

    record AuthorizedAdvertiser(@JsonProperty("advertiser_id") String advertiserId,
                                @JsonProperty("advertiser_name") String advertiserName,
                                @JsonProperty("account_role") String accountRole, @JsonProperty("is_valid") Boolean valid,
                                @JsonProperty("account_string_id") String accountStringId) {
    }

    record BudgetEnvelope(Long code, String message, @JsonProperty("request_id") String requestId, BudgetList data) {
    }

    record BudgetList(List<Budget> list) {
    }

    record Budget(@JsonProperty("advertiser_id") String advertiserId, String budget,
                  @JsonProperty("budget_mode") String budgetMode) {
    }

    record FundEnvelope(Long code, String message, @JsonProperty("request_id") String requestId, Fund data) {
    }

    record Fund(@JsonProperty("advertiser_id") String advertiserId, String balance,
                @JsonProperty("valid_balance") String validBalance, String cash, @JsonProperty("valid_cash") String validCash,
                String grant, @JsonProperty("valid_grant") String validGrant) {
    }

    record DailyFundEnvelope(Long code, String message, @JsonProperty("request_id") String requestId, DailyFundList data) {
    }

    record DailyFundList(List<Map<String, String>> list, @JsonProperty("page_info") PageInfo pageInfo) {
    }
}
