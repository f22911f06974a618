package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * WeChat's {@code {"errcode":N,"errmsg":"..."}} (sent with HTTP 200) as an error table. Codes from the
 * official global return-code page as collected in WxJava's {@code WxMpErrorMsgEnum}
 * ({@code platform-apis.md} §1.7). 40001 means "invalid credential": on the token endpoints a wrong
 * AppSecret (no refresh can help), elsewhere a stale token (refresh once). 45009 (daily quota) waits
 * until midnight Beijing time, 45011 ("retry next minute") a minute, 48006 (quota resets used up) until
 * the next month. Unknown codes are invalid requests with code and message kept.
 */
final class WeChatErrors {
    static final Platform PLATFORM = Platform.WECHAT_OFFICIAL_ACCOUNT;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final ErrorTable TABLE = ErrorTable.builder(PLATFORM)
            .codeAt("/errcode").messageAt("/errmsg")
            .map(ErrorKind.TOKEN_EXPIRED, 40001, 40014, 42001)
            .on("cgi-bin/token", ErrorKind.CREDENTIALS_REFUSED, 40001)
            .on("cgi-bin/stable_token", ErrorKind.CREDENTIALS_REFUSED, 40001)
            .map(ErrorKind.CREDENTIALS_REFUSED, 40013, 40125, 41001, 41002, 41004, 40002)
            .map(ErrorKind.PERMISSION_DENIED, 48001, 40164, 50001, 50002, 45015, 53504, 53505, 88000, 48004)
            .map(ErrorKind.NOT_FOUND, 40007, 53600, 88010, 46001)
            .map(ErrorKind.CONTENT_REJECTED, 53503)
            .map(ErrorKind.INVALID_REQUEST, 40035, 61451, 47001, 44002, 45003, 45004, 40004, 40066, 61500, 61501, 41005,
                    45001, 45002, 40097)
            .map(ErrorKind.RATE_LIMITED, 45009, 45011, 45047, 48006)
            .retryAfter(45009, now -> Duration.between(now, LocalDate.ofInstant(now, SHANGHAI).plusDays(1)
                    .atStartOfDay(SHANGHAI).toInstant()))
            .retryAfter(45011, now -> Duration.ofMinutes(1))
            .retryAfter(48006, now -> Duration.between(now, LocalDate.ofInstant(now, SHANGHAI).withDayOfMonth(1)
                    .plusMonths(1).atStartOfDay(SHANGHAI).toInstant()))
            .map(ErrorKind.TRANSIENT, -1)
            .build();

    private WeChatErrors() {
    }

    /** An answer WeChat sent on {@code operation} that the connector cannot use; {@code what} never quotes the body. */
    static UnexpectedResponseException unexpected(String operation, String what) {
        return new UnexpectedResponseException(what, ErrorDetails.builder(PLATFORM).operation(operation).build());
    }
}
