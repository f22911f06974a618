package io.github.mediaops.connector.ga4;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * The Google endpoints the connector calls, with their wire records: the OAuth2 token endpoint (its URL comes from
 * the service-account key), the Data API v1beta and the Measurement Protocol (its host is configurable). Shapes per
 * https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/properties/runReport and
 * https://developers.google.com/analytics/devguides/collection/protocol/ga4/reference.
 */
interface Ga4Api {

    @FormUrlEncoded
    @POST
    Call<TokenResponse> token(@Url String tokenUri, @Field("grant_type") String grantType, @Field("assertion") String assertion);

    @POST("v1beta/properties/{property}:runReport")
    Call<Report> runReport(@Header("Authorization") String bearer, @Path("property") String property, @Body ReportBody body);

    @POST("v1beta/properties/{property}:batchRunReports")
    Call<BatchReports> batchRunReports(@Header("Authorization") String bearer, @Path("property") String property,
                                       @Body BatchBody body);

    @POST
    Call<Void> collect(@Url String url, @Query("measurement_id") String measurementId, @Query("api_secret") String apiSecret,
                       @Body Map<String, Object> payload);

    @POST
    Call<Validation> validate(@Url String url, @Query("measurement_id") String measurementId,
                              @Query("api_secret") String apiSecret, @Body Map<String, Object> payload);

    record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") Object expiresIn,
                         @JsonProperty("token_type") String tokenType) {
        @Override
        public String toString() {
            return "TokenResponse[access_token=****, expires_in=" + expiresIn + "]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReportBody(List<Map<String, String>> dateRanges, List<Map<String, String>> dimensions,
                      List<Map<String, String>> metrics, Map<String, Object> dimensionFilter,
                      List<Map<String, Object>> orderBys, Long limit, Long offset, Boolean keepEmptyRows,
                      Boolean returnPropertyQuota) {
    }

    record BatchBody(List<ReportBody> requests) {
    }

    record Column(String name, String type) {
    }

    record Value(String value) {
    }

    record Row(List<Value> dimensionValues, List<Value> metricValues) {
    }

    record Metadata(String currencyCode, String timeZone, Boolean dataLossFromOtherRow, Boolean subjectToThresholding,
                    JsonNode samplingMetadatas) {
    }

    record QuotaStatus(Object consumed, Object remaining) {
    }

    record PropertyQuota(QuotaStatus tokensPerDay, QuotaStatus tokensPerHour, QuotaStatus concurrentRequests,
                         QuotaStatus serverErrorsPerProjectPerHour, QuotaStatus potentiallyThresholdedRequestsPerHour,
                         QuotaStatus tokensPerProjectPerHour) {
    }

    record Report(List<Column> dimensionHeaders, List<Column> metricHeaders, List<Row> rows, List<Row> totals,
                  Object rowCount, Metadata metadata, PropertyQuota propertyQuota, String kind) {
    }

    record BatchReports(List<Report> reports, String kind) {
    }

    record Message(String fieldPath, String description, String validationCode) {
    }

    record Validation(List<Message> validationMessages) {
    }
}
