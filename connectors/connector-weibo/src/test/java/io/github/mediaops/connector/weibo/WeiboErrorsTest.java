package io.github.mediaops.connector.weibo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.ErrorKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Weibo's codes (official Error_code page, V2 table, and the OAuth2 table; platform-apis.md §3.3), each with its
 * meaning as the page gives it.
 */
class WeiboErrorsTest {

    @ParameterizedTest(name = "{1} on {0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            users/show          | 21327 | TOKEN_EXPIRED       | expired_token: token过期
            users/show          | 21332 | TOKEN_EXPIRED       | invalid_access_token
            users/show          | 21315 | TOKEN_EXPIRED       | Token expired
            users/show          | 21316 | TOKEN_EXPIRED       | Token revoked
            oauth2/access_token | 21327 | CREDENTIALS_REFUSED | an expired refresh token cannot be refreshed
            oauth2/access_token | 21325 | CREDENTIALS_REFUSED | invalid_grant: 提供的Access Grant是无效的、过期的或已撤销的
            oauth2/access_token | 21324 | CREDENTIALS_REFUSED | invalid_client: client_id或client_secret参数无效
            oauth2/access_token | 21322 | CREDENTIALS_REFUSED | redirect_uri_mismatch: 重定向地址不匹配
            oauth2/access_token | 21323 | INVALID_REQUEST     | invalid_request: 请求不合法
            oauth2/access_token | 21331 | TRANSIENT           | temporarily_unavailable: 服务暂时无法访问
            users/show          | 21337 | PERMISSION_DENIED   | appkey permission denied: 应用权限不足
            users/show          | 10014 | PERMISSION_DENIED   | Insufficient app permissions: 应用的接口访问权限受限
            users/show          | 10022 | RATE_LIMITED        | IP requests out of rate limit
            users/show          | 10023 | RATE_LIMITED        | User requests out of rate limit
            users/show          | 10024 | RATE_LIMITED        | User requests for (%s) out of rate limit
            statuses/share      | 20016 | RATE_LIMITED        | Out of limit: 发布内容过于频繁
            users/show          | 10001 | TRANSIENT           | System error: 系统错误
            users/show          | 10009 | TRANSIENT           | Too many pending tasks, system is busy
            users/show          | 10008 | INVALID_REQUEST     | Param error, see doc for more info
            statuses/share      | 10017 | INVALID_REQUEST     | Parameter (%s)'s value invalid
            statuses/share      | 20012 | CONTENT_REJECTED    | Text too long, please input text less than 140 characters
            statuses/share      | 20019 | CONTENT_REJECTED    | Repeat content
            statuses/share      | 20018 | CONTENT_REJECTED    | Contain illegal website
            users/show          | 20003 | NOT_FOUND           | User does not exists
            comments/show       | 20101 | NOT_FOUND           | Target weibo does not exist
            comments/destroy    | 20201 | NOT_FOUND           | Target weibo comment does not exist
            """)
    void each_code_is_typed(String operation, String code, ErrorKind kind, String meaning) {
        assertThat(WeiboConnector.ERRORS.kindOf(operation, code)).as(meaning).hasValue(kind);
    }

    @ParameterizedTest
    @CsvSource({"2026-12-06T07:59:30Z, PT30S", "2026-12-06T07:00:00Z, PT1H", "2026-12-06T15:45:00Z, PT15M"})
    void hourly_rate_limits_wait_until_the_next_full_hour(Instant now, Duration wait) {
        assertThat(WeiboConnector.untilNextHour(now)).isEqualTo(wait);
    }
}
