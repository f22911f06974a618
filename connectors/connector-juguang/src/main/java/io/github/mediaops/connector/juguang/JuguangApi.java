package io.github.mediaops.connector.juguang;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * The 聚光 Marketing API endpoints the connector calls, with their wire records (platform-apis-2.md §5.1; request and
 * response fields as declared in bububa/spotlight-mapi {@code model/oauth/access_token.go},
 * {@code model/report/offline/request.go}, {@code model/report/offline/response.go}, {@code model/report/report.go} and
 * {@code model/response.go} @ 326295bb). Every call is a JSON {@code POST}; data calls carry the header
 * {@code Access-Token}. Report cells are kept as text (numbers arrive as numbers or quoted strings) and parsed by the
 * mapper.
 */
interface JuguangApi {

    @POST("oauth2/access_token")
    Call<TokenEnvelope> accessToken(@Body AuthCodeGrant grant);

    @POST("oauth2/refresh_token")
    Call<TokenEnvelope> refreshToken(@Body RefreshGrant grant);

    /** {@code level} is {@code campaign}, {@code unit} or {@code creativity}. */
    @POST("jg/data/report/offline/{level}")
    Call<ReportEnvelope> offlineReport(@Header("Access-Token") String token, @Path("level") String level,
                                       @Body ReportRequest request);

    /**
     * 蒲公英 note post data per KOL order. The 聚光 SDK sends {@code Access-Token}; the public Python clients of this
     * endpoint send {@code Authorization: Bearer}; both carry the same access token.
     */
    @POST("pgy/note/post/data")
    Call<NotePostEnvelope> notePostData(@Header("Access-Token") String token, @Header("Authorization") String bearer,
                                        @Body NotePostRequest request);

    record AuthCodeGrant(@JsonProperty("app_id") long appId, String secret, @JsonProperty("auth_code") String authCode) {
        @Override
        public String toString() {
            return "AuthCodeGrant[appId=" + appId + ", secret=****, authCode=****]";
        }
    }

    record RefreshGrant(@JsonProperty("app_id") long appId, String secret,
                        @JsonProperty("refresh_token") String refreshToken) {
        @Override
        public String toString() {
            return "RefreshGrant[appId=" + appId + ", secret=****, refreshToken=****]";
        }
    }

    record TokenEnvelope(Boolean success, String code, String msg, String message,
                         @JsonProperty("request_id") String requestId, TokenData data) {
    }

    record TokenData(@JsonProperty("access_token") String accessToken,
                     @JsonProperty("access_token_expires_in") String accessTokenExpiresIn,
                     @JsonProperty("refresh_token") String refreshToken,
                     @JsonProperty("refresh_token_expires_in") String refreshTokenExpiresIn,
                     @JsonProperty("user_id") String userId,
                     @JsonProperty("platform_type") String platformType,
                     @JsonProperty("approval_advertisers") List<ApprovedAdvertiser> approvalAdvertisers) {
        @Override
        public String toString() {
            return "TokenData[accessToken=****, refreshToken=****, userId=" + userId + ", approvalAdvertisers="
                    + approvalAdvertisers + "]";
        }
    }

    record ApprovedAdvertiser(@JsonProperty("advertiser_id") String advertiserId,
                              @JsonProperty("advertiser_name") String advertiserName) {
    }

    record ReportRequest(@JsonProperty("advertiser_id") long advertiserId, @JsonProperty("start_date") String startDate,
                         @JsonProperty("end_date") String endDate, @JsonProperty("time_unit") String timeUnit,
                         @JsonProperty("page_num") int pageNum, @JsonProperty("page_size") int pageSize) {
    }

    record ReportEnvelope(Boolean success, String code, String msg, String message,
                          @JsonProperty("request_id") String requestId, ReportList data) {
    }

    record ReportList(@JsonProperty("data_list") List<Map<String, String>> dataList,
                      @JsonProperty("total_count") Long totalCount) {
    }

    record NotePostRequest(@JsonProperty("user_id") String userId, @JsonProperty("date_type") int dateType,
                           @JsonProperty("start_time") String startTime, @JsonProperty("end_time") String endTime,
                           @JsonProperty("page_num") int pageNum, @JsonProperty("page_size") int pageSize) {
    }

    record NotePostEnvelope(Boolean success, String code, String msg, String message,
                            @JsonProperty("request_id") String requestId, NotePostPage data) {
    }

    record NotePostPage(Long total, @JsonProperty("total_page") Integer totalPage,
                        List<Map<String, String>> datas) {
    }
}
