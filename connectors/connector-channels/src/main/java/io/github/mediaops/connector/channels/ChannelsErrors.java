package io.github.mediaops.connector.channels;

import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * WeChat's {@code {"errcode":...,"errmsg":"..."}} on HTTP 200, for the Channels and Weixin Store endpoints. The code
 * is read as text, because the 视频号助手 live endpoints send it as a string ({@code "errcode":"0"},
 * {@code platform-apis-2.md} §2.2). The global WeChat codes mean what they mean for the Official Account
 * (40001 on the token endpoint: a wrong AppSecret; elsewhere a stale token); 48001 is the Channels-specific
 * "this appid has no access" (the shop's appid on a 视频号助手 API, or the 开放场景 switch off, §2.1).
 */
final class ChannelsErrors {
    static final Platform PLATFORM = Platform.WECHAT_CHANNELS;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final ErrorTable TABLE = ErrorTable.builder(PLATFORM)
            .codeAt("/errcode").messageAt("/errmsg")
            .map(ErrorKind.TOKEN_EXPIRED, 40001, 40014, 42001)
            .on("cgi-bin/stable_token", ErrorKind.CREDENTIALS_REFUSED, 40001)
            .map(ErrorKind.CREDENTIALS_REFUSED, 40013, 40125, 41001, 41002, 41004, 40002)
            .map(ErrorKind.PERMISSION_DENIED, 48001, 50001, 50002)
            .map(ErrorKind.INVALID_REQUEST, 47001, 40097)
            .map(ErrorKind.RATE_LIMITED, 45009, 45011)
            .retryAfter(45009, now -> Duration.between(now, LocalDate.ofInstant(now, SHANGHAI).plusDays(1)
                    .atStartOfDay(SHANGHAI).toInstant()))
            .retryAfter(45011, now -> Duration.ofMinutes(1))
            .map(ErrorKind.TRANSIENT, -1)
            .build();

    private ChannelsErrors() {
    }

    static UnexpectedResponseException unexpected(String operation, String what) {
        return WireValues.unexpected(PLATFORM, operation, what);
    }
}
