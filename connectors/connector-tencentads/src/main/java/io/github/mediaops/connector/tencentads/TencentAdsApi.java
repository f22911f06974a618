package io.github.mediaops.connector.tencentads;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

/**
 * Tencent Ads Marketing API endpoints used by the connector, with their wire records (platform-apis.md §9.2; the
 * official 3.0 pages mirrored in jiangzhx/adcli; field names as in TencentAd/marketing-api-java-sdk {@code model/v3}).
 * {@code oauth/token} lives at the host's root, the reports under {@code v3.0/}. Every call carries the global query
 * parameters {@code access_token}, {@code timestamp} (seconds, ±300 s) and {@code nonce} (unique, ≤ 32
 * characters); struct and array parameters are JSON text in the query.
 */
interface TencentAdsApi {

    @GET("oauth/token")
    Call<TokenEnvelope> token(@Query("client_id") String clientId, @Query("client_secret") String clientSecret,
                              @Query("grant_type") String grantType,
                              @Query("authorization_code") String authorizationCode,
                              @Query("refresh_token") String refreshToken,
                              @Query("redirect_uri") String redirectUri);

    @GET("v3.0/daily_reports/get")
    Call<ReportEnvelope> dailyReports(@Query("access_token") String token, @Query("timestamp") long timestamp,
                                      @Query("nonce") String nonce, @Query("account_id") String accountId,
                                      @Query("level") String level, @Query("date_range") String dateRangeJson,
                                      @Query("group_by") String groupByJson, @Query("fields") String fieldsJson,
                                      @Query("page") int page, @Query("page_size") int pageSize);

    @GET("v3.0/advertiser_daily_budget/get")
    Call<Envelope<DailyBudget>> dailyBudget(@Query("access_token") String token, @Query("timestamp") long timestamp,
                                            @Query("nonce") String nonce, @Query("account_id") String accountId,
                                            @Query("fields") String fieldsJson);

    @GET("v3.0/funds/get")
    Call<Envelope<ListPage<FundRow>>> funds(@Query("access_token") String token, @Query("timestamp") long timestamp,
                                            @Query("nonce") String nonce, @Query("account_id") String accountId);

    @GET("v3.0/realtime_cost/get")
    Call<Envelope<ListPage<CostRow>>> realtimeCost(@Query("access_token") String token, @Query("timestamp") long timestamp,
                                                   @Query("nonce") String nonce, @Query("account_id") String accountId,
                                                   @Query("level") String level, @Query("date") String date,
                                                   @Query("filtering") String filteringJson, @Query("page") int page,
                                                   @Query("page_size") int pageSize);

    @GET("v3.0/advertiser/get")
    Call<Envelope<ListPage<AdvertiserRow>>> advertiser(@Query("access_token") String token, @Query("timestamp") long timestamp,
                                                       @Query("nonce") String nonce, @Query("account_id") String accountId,
                                                       @Query("fields") String fieldsJson,
                                                       @Query("pagination_mode") String paginationMode,
                                                       @Query("page") int page, @Query("page_size") int pageSize);

    @GET("v3.0/organization_account_relation/get")
    Call<Envelope<ListPage<AdvertiserRow>>> organizationAccounts(@Query("access_token") String token,
                                                                 @Query("timestamp") long timestamp,
                                                                 @Query("nonce") String nonce,
                                                                 @Query("pagination_mode") String paginationMode,
                                                                 @Query("page") int page, @Query("page_size") int pageSize);

    record TokenEnvelope(Long code, String message, @JsonProperty("message_cn") String messageCn, TokenData data) {
    }

    record AuthorizerInfo(@JsonProperty("account_id") String accountId, @JsonProperty("account_uin") String accountUin,
                          @JsonProperty("account_role_type") String accountRoleType) {
    }

    record TokenData(@JsonProperty("authorizer_info") AuthorizerInfo authorizerInfo,
                     @JsonProperty("access_token") String accessToken,
                     @JsonProperty("refresh_token") String refreshToken,
                     @JsonProperty("access_token_expires_in") String accessTokenExpiresIn,
                     @JsonProperty("refresh_token_expires_in") String refreshTokenExpiresIn) {
        @Override
        public String toString() {
            return "TokenData[authorizerInfo=" + authorizerInfo + ", accessToken=****, refreshToken=****]";
        }
    }

    record PageInfo(Integer page, @JsonProperty("page_size") Integer pageSize,
                    @JsonProperty("total_number") Long totalNumber, @JsonProperty("total_page") Integer totalPage) {
    }

    record ReportEnvelope(Long code, String message, @JsonProperty("message_cn") String messageCn, Report data) {
    }

    record Report(List<Map<String, String>> list, @JsonProperty("page_info") PageInfo pageInfo) {
    }

    /** The 3.0 envelope of a read: {@code code}, {@code message}, {@code message_cn} and the endpoint's {@code data}. */
    record Envelope<T>(Long code, String message, @JsonProperty("message_cn") String messageCn, T data) {
    }

    record ListPage<T>(List<T> list, @JsonProperty("page_info") PageInfo pageInfo) {
    }

    record DailyBudget(@JsonProperty("account_id") String accountId, @JsonProperty("daily_budget") String dailyBudget,
                       @JsonProperty("min_daily_budget") String minDailyBudget) {
    }

    record FundRow(@JsonProperty("fund_type") String fundType, String balance,
                   @JsonProperty("bill_deposit_amount") String billDepositAmount,
                   @JsonProperty("fund_status") String fundStatus, @JsonProperty("realtime_cost") String realtimeCost) {
    }

    record CostRow(@JsonProperty("adgroup_id") String adgroupId, String cost) {
    }

    record AdvertiserRow(@JsonProperty("account_id") String accountId, @JsonProperty("daily_budget") String dailyBudget,
                         @JsonProperty("corporation_name") String corporationName,
                         @JsonProperty("system_status") String systemStatus) {
    }
}
