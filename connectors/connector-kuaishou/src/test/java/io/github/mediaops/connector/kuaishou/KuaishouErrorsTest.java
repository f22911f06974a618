package io.github.mediaops.connector.kuaishou;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mediaops.connector.support.ErrorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every result code Kuaishou documents (platform-apis-2.md §4.4 and the official SDK's {@code KwaiOpenResultCode},
 * whose comments give each code's meaning, quoted here) has its own kind: none falls through to the table's
 * default.
 */
class KuaishouErrorsTest {

    @ParameterizedTest(name = "{1} on {0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            openapi/user_info    | 100200100 | INVALID_REQUEST     | 请求缺少参数或参数类型错误
            oauth2/refresh_token | 100200100 | CREDENTIALS_REFUSED | refreshToken.discarded: the rotated-away refresh token
            openapi/user_info    | 100200101 | CREDENTIALS_REFUSED | 未授权的 client，无效的 app 或 developer
            openapi/user_info    | 100200102 | TOKEN_EXPIRED       | 请求被拒绝，可能是无效的 token 等
            oauth2/refresh_token | 100200102 | CREDENTIALS_REFUSED | a refused refresh token cannot be refreshed
            openapi/user_info    | 100200103 | INVALID_REQUEST     | 请求的 responseType 错误
            oauth2/access_token  | 100200104 | INVALID_REQUEST     | 请求的 grantType 不支持
            oauth2/access_token  | 100200105 | CREDENTIALS_REFUSED | 请求的 code 错误
            openapi/user_info    | 100200106 | PERMISSION_DENIED   | 请求的 scope 错误
            openapi/user_info    | 100200107 | INVALID_REQUEST     | 无效的 openid
            openapi/user_info    | 100200108 | TOKEN_EXPIRED       | access_token 过期
            openapi/user_info    | 100200109 | CREDENTIALS_REFUSED | 用户取消该 app 授权
            openapi/user_info    | 100200110 | CREDENTIALS_REFUSED | 用户授权过期
            openapi/user_info    | 100200111 | CREDENTIALS_REFUSED | 用户未授权过
            openapi/user_info    | 100200112 | CREDENTIALS_REFUSED | bundleToken 不合法
            oauth2/refresh_token | 100200113 | CREDENTIALS_REFUSED | refresh_token 过期
            openapi/user_info    | 100200114 | CREDENTIALS_REFUSED | 签名校验失败
            openapi/user_info    | 100200115 | CREDENTIALS_REFUSED | 不合法的关联授权
            openapi/user_info    | 100200130 | INVALID_REQUEST     | 自定义手机号已绑定
            openapi/user_info    | 100200300 | INVALID_REQUEST     | 短信验证码错误
            openapi/user_info    | 100200301 | PERMISSION_DENIED   | 被风控
            openapi/photo/list   | 100200410 | RATE_LIMITED        | api 限流
            openapi/photo/list   | 100200500 | TRANSIENT           | 服务内部错误
            openapi/photo/info   | 400000    | NOT_FOUND           | 用户资源不存在
            openapi/photo/info   | 120001    | NOT_FOUND           | 视频不存在
            openapi/photo/publish | 120002   | INVALID_REQUEST     | 视频未上传完成
            openapi/photo/publish | 120003   | CONTENT_REJECTED    | 视频发布失败
            openapi/photo/list   | 100400    | INVALID_REQUEST     | 参数错误
            openapi/user_info    | 400001    | INVALID_REQUEST     | 直播参数错误
            openapi/user_info    | 400002    | RATE_LIMITED        | 限速
            openapi/user_info    | 400003    | TRANSIENT           | 直播服务错误
            openapi/user_info    | 400005    | NOT_FOUND           | 流不存在
            openapi/user_info    | 400006    | PERMISSION_DENIED   | 无直播权限
            openapi/user_info    | 400008    | PERMISSION_DENIED   | 无电商直播权限
            openapi/user_info    | 400009    | INVALID_REQUEST     | 流名称不合法
            openapi/user_info    | 400013    | PERMISSION_DENIED   | 未授权访问直播
            openapi/photo/publish | 400014   | CONTENT_REJECTED    | 封面不合法
            """)
    void each_documented_code_is_typed(String operation, String code, ErrorKind kind, String meaning) {
        assertThat(KuaishouConnector.ERRORS.kindOf(operation, code)).as(meaning).hasValue(kind);
    }

    @ParameterizedTest
    @CsvSource({"1", "0", "999999999"})
    void success_is_1_and_unlisted_codes_have_no_row(String code) {
        assertThat(KuaishouConnector.ERRORS.kindOf("openapi/user_info", code)).isEmpty();
    }
}
