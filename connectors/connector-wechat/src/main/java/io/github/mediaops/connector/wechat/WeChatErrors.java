package io.github.mediaops.connector.wechat;

import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.PlatformWireValues;
import io.github.mediaops.connector.support.WeChatFamilyErrors;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.core.platform.Platform;

/**
 * WeChat's {@code {"errcode":N,"errmsg":"..."}} (sent with HTTP 200) as an error table: the codes every
 * api.weixin.qq.com platform shares ({@link WeChatFamilyErrors}: 40001 on the token endpoints a wrong AppSecret,
 * elsewhere a stale token; 45009 until midnight Beijing time, 45011 a minute) and the Official Account's own, from
 * the official global return-code page as collected in WxJava's {@code WxMpErrorMsgEnum} ({@code platform-apis.md}
 * §1.7). 48006 (quota resets used up) waits until the next month. Unknown codes are invalid requests with code and
 * message kept.
 */
final class WeChatErrors {
    static final Platform PLATFORM = Platform.WECHAT_OFFICIAL_ACCOUNT;
    static final PlatformWireValues WIRE = WireValues.of(PLATFORM);

    static final ErrorTable TABLE = WeChatFamilyErrors.table(PLATFORM)
            .map(ErrorKind.PERMISSION_DENIED, 40164, 45015, 53504, 53505, 88000, 48004)
            .map(ErrorKind.NOT_FOUND, 40007, 53600, 88010, 46001)
            .map(ErrorKind.CONTENT_REJECTED, 53503)
            .map(ErrorKind.INVALID_REQUEST, 40035, 61451, 44002, 45003, 45004, 40004, 40066, 61500, 61501, 41005, 45001, 45002)
            .map(ErrorKind.RATE_LIMITED, 45047, 48006)
            .retryAfter(48006, WeChatFamilyErrors::untilNextMonth)
            .build();

    private WeChatErrors() {
    }


}
