package io.github.mediaops.connector.feishu;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Feishu open platform calls made with a tenant access token: the token itself
 * ({@code auth/v3/tenant_access_token/internal}) and Bitable (多维表格) records. Errors ({@code code != 0})
 * are decoded by {@link FeishuConnector#ERRORS} before these records are read.
 */
interface FeishuOpenApi {

    @POST("open-apis/auth/v3/tenant_access_token/internal")
    Call<TenantToken> tenantToken(@Body TenantTokenRequest request);

    @POST("open-apis/bitable/v1/apps/{app}/tables/{table}/records")
    Call<RecordResponse> createRecord(@Header("Authorization") String bearer, @Path("app") String appToken,
                                      @Path("table") String tableId, @Query("client_token") String clientToken,
                                      @Body RecordBody body);

    @PUT("open-apis/bitable/v1/apps/{app}/tables/{table}/records/{record}")
    Call<RecordResponse> updateRecord(@Header("Authorization") String bearer, @Path("app") String appToken,
                                      @Path("table") String tableId, @Path("record") String recordId,
                                      @Body RecordBody body);

    @GET("open-apis/bitable/v1/apps/{app}/tables/{table}/records/{record}")
    Call<RecordResponse> getRecord(@Header("Authorization") String bearer, @Path("app") String appToken,
                                   @Path("table") String tableId, @Path("record") String recordId);

    /** {@code {"app_id":"cli_...","app_secret":"..."}}; never logged (the template redacts bodies). */
    record TenantTokenRequest(@JsonProperty("app_id") String appId, @JsonProperty("app_secret") String appSecret) {
        @Override
        public String toString() {
            return "TenantTokenRequest[appId=" + appId + ", appSecret=***]";
        }
    }

    /** {@code {"code":0,"msg":"ok","tenant_access_token":"t-...","expire":7200}}; {@code expire} in seconds. */
    record TenantToken(@JsonProperty("tenant_access_token") String token, Long expire) {
        @Override
        public String toString() {
            return "TenantToken[token=***, expire=" + expire + "]";
        }
    }

    /** A record body: {@code {"fields":{...}}}. */
    record RecordBody(ObjectNode fields) {
    }

    /** {@code {"code":0,"msg":"success","data":{"record":{"record_id":"rec...","fields":{...}}}}}. */
    record RecordResponse(Data data) {
    }

    record Data(Record record) {
    }

    record Record(@JsonProperty("record_id") String recordId, String id, ObjectNode fields) {
    }
}
