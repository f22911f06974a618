package io.github.mediaops.core.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;

/**
 * What the host must answer to the platform's push: status, content type and body (WeChat wants the
 * {@code echostr} back on URL verification and {@code success} on messages).
 *
 * @param status      the HTTP status
 * @param contentType the content type of the body
 * @param body        the body text (UTF-8)
 */
public record WebhookResponse(@JsonProperty(required = true) int status, String contentType, String body) {
    public WebhookResponse {
        if (status < 100 || status > 599) {
            throw new InvalidValueException("status", "status must be 100..599 (was " + status + ")");
        }
        Checks.notBlank(contentType, "contentType");
        Checks.notNull(body, "body");
    }

    public static WebhookResponse text(String body) {
        return new WebhookResponse(200, "text/plain; charset=utf-8", body);
    }

    /** A refusal, e.g. for a signature that does not verify. */
    public static WebhookResponse rejected(int status, String reason) {
        return new WebhookResponse(status, "text/plain; charset=utf-8", reason);
    }

    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
