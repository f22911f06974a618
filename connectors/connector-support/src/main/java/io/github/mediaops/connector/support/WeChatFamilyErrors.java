package io.github.mediaops.connector.support;

import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The error codes every platform on api.weixin.qq.com shares (Official Account, Channels, Weixin Store): WeChat's
 * {@code {"errcode":N,"errmsg":"..."}}, sent with HTTP 200, and the global return codes of {@code platform-apis.md}
 * §1.7 as collected in WxJava's {@code WxMpErrorMsgEnum}. A connector starts its {@link ErrorTable} here and adds its
 * own codes:
 *
 * <ul>
 *   <li>40001 "invalid credential": on the token endpoints ({@code cgi-bin/token}, {@code cgi-bin/stable_token}) a
 *       wrong AppSecret, which no refresh can help; elsewhere a stale token (refresh once), as 40014 and 42001;</li>
 *   <li>40013, 40125, 41001, 41002, 41004, 40002: the app's credentials are refused;</li>
 *   <li>48001 (API not authorised for this appid), 50001, 50002: permission;</li>
 *   <li>47001 (malformed body), 40097 (invalid argument): invalid request;</li>
 *   <li>45009 (daily quota): rate limited until midnight Beijing time; 45011 ("retry next minute"): one minute;</li>
 *   <li>-1 (system busy): transient.</li>
 * </ul>
 */
public final class WeChatFamilyErrors {
    /** The zone WeChat's daily and monthly quotas reset in. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private WeChatFamilyErrors() {
    }

    /** A table builder with the shared codes above, for {@code platform}. */
    public static ErrorTable.Builder table(Platform platform) {
        return ErrorTable.builder(Checks.notNull(platform, "platform"))
                .codeAt("/errcode").messageAt("/errmsg")
                .map(ErrorKind.TOKEN_EXPIRED, 40001, 40014, 42001)
                .on("cgi-bin/token", ErrorKind.CREDENTIALS_REFUSED, 40001)
                .on("cgi-bin/stable_token", ErrorKind.CREDENTIALS_REFUSED, 40001)
                .map(ErrorKind.CREDENTIALS_REFUSED, 40013, 40125, 41001, 41002, 41004, 40002)
                .map(ErrorKind.PERMISSION_DENIED, 48001, 50001, 50002)
                .map(ErrorKind.INVALID_REQUEST, 47001, 40097)
                .map(ErrorKind.RATE_LIMITED, 45009, 45011)
                .retryAfter(45009, WeChatFamilyErrors::untilTomorrow)
                .retryAfter(45011, now -> Duration.ofMinutes(1))
                .map(ErrorKind.TRANSIENT, -1);
    }

    /** From {@code now} to the next midnight in Beijing, when WeChat's daily quotas reset. */
    public static Duration untilTomorrow(Instant now) {
        return Duration.between(now, LocalDate.ofInstant(now, BEIJING).plusDays(1).atStartOfDay(BEIJING).toInstant());
    }

    /** From {@code now} to the first day of the next month in Beijing, when monthly limits (48006) reset. */
    public static Duration untilNextMonth(Instant now) {
        return Duration.between(now, LocalDate.ofInstant(now, BEIJING).withDayOfMonth(1).plusMonths(1)
                .atStartOfDay(BEIJING).toInstant());
    }
}
