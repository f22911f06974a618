package io.github.mediaops.connector.feishu;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** The Feishu custom bot webhook as a Retrofit interface ({@code platform-apis.md} §8.1). */
interface FeishuBotApi {

    @POST("open-apis/bot/v2/hook/{token}")
    Call<BotResponse> send(@Path("token") String hookToken, @Body ObjectNode message);

    /**
     * The answer: {@code {"code":0,"msg":"success","data":{}}}; older deployments add the legacy
     * {@code StatusCode}/{@code StatusMessage} pair. Errors are decoded by the error table before this.
     */
    record BotResponse(Integer code, String msg, @JsonProperty("StatusCode") Integer statusCode,
                       @JsonProperty("StatusMessage") String statusMessage) {
    }
}
