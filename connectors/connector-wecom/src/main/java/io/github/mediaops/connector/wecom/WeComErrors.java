package io.github.mediaops.connector.wecom;

import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.PlatformWireValues;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;

/**
 * WeCom's {@code {"errcode":N,"errmsg":"..."}} (sent with HTTP 200) as an error table. Codes and meanings
 * from WeCom's global error-code page as collected in WxJava's {@code WxCpErrorMsgEnum}
 * (binarywang/WxJava {@code weixin-java-common/src/main/java/me/chanjar/weixin/common/error/WxCpErrorMsgEnum.java})
 * and {@code platform-apis-2.md} §1.1 and §1.4:
 * <ul>
 *   <li>40014 invalid, 42001 expired and 41001 missing access_token: refetch the token once and repeat;</li>
 *   <li>40001 wrong secret, 40013 wrong CorpID, 41002/41004 missing corpid/secret: configuration, never retried;</li>
 *   <li>45009 frequency limit: WeCom blocks the caller for at least the 60 s window, handed back with that
 *   wait; 45033 concurrency limit: retried after a short backoff;</li>
 *   <li>48002 API not authorised for the app, 60020 caller IP not whitelisted, 60011 member outside the
 *   app's visible range, 84074 no customer-contact permission, 48001: permission;</li>
 *   <li>84061 no external-contact relationship, 40096 invalid external userid, 40050 unknown chat id: not found;</li>
 *   <li>-1 system busy: transient.</li>
 * </ul>
 * 41051 (welcome message already sent or the customer is chatting), 40058 invalid parameter, 41037 missing
 * contact way type, 81017 owner_filter required and 600018 bad statistics window are invalid requests, as is any
 * unknown code (code and message kept).
 */
final class WeComErrors {
    static final Platform PLATFORM = Platform.WECOM;
    static final PlatformWireValues WIRE = WireValues.of(PLATFORM);
    /** WeCom's shortest frequency-limit block (document 90454: per-minute windows, blocked 60 s). */
    static final Duration FREQUENCY_BLOCK = Duration.ofSeconds(60);

    static final ErrorTable TABLE = ErrorTable.builder(PLATFORM)
            .codeAt("/errcode").messageAt("/errmsg")
            .map(ErrorKind.TOKEN_EXPIRED, 40014, 42001, 41001)
            .map(ErrorKind.CREDENTIALS_REFUSED, 40001, 40013, 41002, 41004)
            .map(ErrorKind.PERMISSION_DENIED, 48001, 48002, 60020, 60011, 84074)
            .map(ErrorKind.NOT_FOUND, 84061, 40096, 40050)
            .map(ErrorKind.INVALID_REQUEST, 40058, 41037, 41051, 81017, 600018, 40003)
            .map(ErrorKind.RATE_LIMITED, 45009, 45033)
            .retryAfter(45009, now -> FREQUENCY_BLOCK)
            .map(ErrorKind.TRANSIENT, -1, 41096)
            .build();

    private WeComErrors() {
    }
}
