package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.wechat.WeChatApi.ClearQuotaRequest;
import io.github.mediaops.connector.wechat.WeChatApi.QuotaRequest;
import io.github.mediaops.connector.wechat.WeChatApi.QuotaResponse;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;

/**
 * The account's API call quotas, reached through {@link WeChatConnector#apiQuota()}: what an operator
 * needs after errcode 45009 (daily quota reached). {@link #usage} reads {@code cgi-bin/openapi/quota/get}
 * for one API; {@link #reset} calls {@code cgi-bin/clear_quota}, which resets every API's daily count and
 * is itself limited (10 times a month; beyond that WeChat answers errcode 48006, kept on the error).
 * Reference: developers.weixin.qq.com/doc/offiaccount/openApi/get_api_quota.html, clear_quota.html.
 */
public final class WeChatApiQuota extends WeChatPart {
    WeChatApiQuota(WeChatConnector connector) {
        super(connector);
    }

    /**
     * Today's quota of one API.
     *
     * @param cgiPath the API path as WeChat names it, starting with {@code /}, e.g. {@code /cgi-bin/message/custom/send}
     */
    public Usage usage(String cgiPath) {
        Checks.notBlank(cgiPath, "cgiPath");
        if (!cgiPath.startsWith("/") || cgiPath.contains("?")) {
            throw new InvalidValueException("cgiPath", "cgiPath must be the API path without query, starting with / (was "
                    + Checks.show(cgiPath) + ")");
        }
        QuotaResponse r = runtime.read("cgi-bin/openapi/quota/get", t -> api.quota(t, new QuotaRequest(cgiPath)));
        if (r.quota() == null || r.quota().dailyLimit() == null || r.quota().used() == null || r.quota().remain() == null) {
            throw WeChatErrors.WIRE.unexpected("cgi-bin/openapi/quota/get", "openapi/quota/get answered without quota");
        }
        return new Usage(cgiPath, r.quota().dailyLimit(), r.quota().used(), r.quota().remain());
    }

    /** Resets the account's daily call counts ({@code clear_quota}, at most 10 times a month). */
    public void reset() {
        write("cgi-bin/clear_quota", new ClearQuotaRequest(c.appId()));
    }

    /**
     * One API's daily quota.
     *
     * @param cgiPath    the API
     * @param dailyLimit calls allowed per day ({@code daily_limit})
     * @param used       calls made today ({@code used})
     * @param remain     calls left today ({@code remain})
     */
    public record Usage(String cgiPath, long dailyLimit, long used, long remain) {
        public Usage {
            Checks.notBlank(cgiPath, "cgiPath");
            if (dailyLimit < 0 || used < 0 || remain < 0) {
                throw new InvalidValueException("quota", "quota counts must not be negative (was " + dailyLimit + "/" + used
                        + "/" + remain + ")");
            }
        }
    }
}
