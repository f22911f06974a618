package io.github.mediaops.connector.feishu;

import io.github.mediaops.connector.support.Signatures;
import io.github.mediaops.core.validate.Checks;

/**
 * The custom bot's 签名校验: {@code sign = Base64(HMAC-SHA256(key = timestamp + "\n" + secret, message = ""))}
 * with the timestamp in Unix seconds; Feishu refuses a timestamp more than an hour from its clock
 * ({@code platform-apis.md} §8.1, vector in §11).
 */
public final class FeishuSigning {
    private FeishuSigning() {
    }

    /** The {@code sign} field for a timestamp (Unix seconds) and the bot's signing secret. */
    public static String sign(long timestampSeconds, String secret) {
        Checks.notBlank(secret, "signingSecret");
        return Signatures.hmacSha256Base64(timestampSeconds + "\n" + secret, "");
    }
}
