package io.github.mediaops.connector.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.connector.support.ErrorDecoder;
import io.github.mediaops.connector.support.HttpErrors;
import io.github.mediaops.connector.support.Redactor;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps WeChat's {@code {"errcode":N,"errmsg":"..."}} (sent with HTTP 200) to the typed connector errors.
 * Codes from the official global return-code page as collected in WxJava's {@code WxMpErrorMsgEnum}
 * ({@code platform-apis.md} §1.7). Unknown non-zero codes are reported as invalid requests with the
 * code and message kept.
 */
final class WeChatErrors implements ErrorDecoder {
    static final Platform PLATFORM = Platform.WECHAT_OFFICIAL_ACCOUNT;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final byte[] ERRCODE = "\"errcode\"".getBytes(StandardCharsets.US_ASCII);

    private static final Set<Integer> TOKEN_EXPIRED = Set.of(40001, 40014, 42001);
    private static final Set<Integer> BAD_CREDENTIALS = Set.of(40013, 40125, 41001, 41002, 41004, 40002);
    private static final Set<Integer> PERMISSION = Set.of(48001, 40164, 50001, 50002, 45015, 53504, 53505, 88000, 48004);
    private static final Set<Integer> NOT_FOUND = Set.of(40007, 53600, 88010, 46001);
    private static final Set<Integer> CONTENT_REJECTED = Set.of(53503);
    private static final Set<Integer> INVALID = Set.of(40035, 61451, 47001, 44002, 45003, 45004, 40004, 40066, 61500,
            61501, 41005, 45001, 45002, 40097);

    private final ObjectMapper json;
    private final Clock clock;

    WeChatErrors(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Optional<ConnectorException> decode(String operation, int httpStatus, Duration retryAfter, byte[] body) {
        if (indexOf(body, ERRCODE) >= 0) {
            try {
                JsonNode n = json.readTree(body);
                if (n != null && n.isObject() && n.has("errcode")) {
                    int code = n.get("errcode").asInt();
                    if (code != 0) {
                        return Optional.of(map(operation, code, n.path("errmsg").asText(""), httpStatus));
                    }
                }
            } catch (IOException unreadable) {
                // Not JSON: the converter reports it as an unexpected response.
            }
        }
        return httpStatus >= 400 ? HttpErrors.fromStatus(PLATFORM, operation, httpStatus, retryAfter) : Optional.empty();
    }

    ConnectorException map(String operation, int code, String errmsg, int httpStatus) {
        String message = Redactor.defaults().redact(errmsg);
        ErrorDetails.Builder b = ErrorDetails.builder(PLATFORM).operation(operation).platformCode(Integer.toString(code))
                .platformMessage(message).httpStatus(httpStatus);
        if (TOKEN_EXPIRED.contains(code)) {
            return new AuthenticationException("access token expired or invalidated", b.build(), true);
        }
        if (BAD_CREDENTIALS.contains(code)) {
            return new AuthenticationException("app credentials refused", b.build(), false);
        }
        if (code == 45009) {
            // Daily quota: resets at midnight Beijing time.
            var now = clock.instant();
            var midnight = LocalDate.ofInstant(now, SHANGHAI).plusDays(1).atStartOfDay(SHANGHAI).toInstant();
            return new RateLimitedException("daily API quota used up", b.retryAfter(Duration.between(now, midnight)).build());
        }
        if (code == 45011 || code == 45047) {
            return new RateLimitedException("API frequency limit", b.build());
        }
        if (code == -1) {
            return new TransientPlatformException("WeChat system busy", b.build());
        }
        if (PERMISSION.contains(code)) {
            return new PermissionDeniedException("not permitted", b.build());
        }
        if (NOT_FOUND.contains(code)) {
            return new NotFoundException("not found", b.build());
        }
        if (CONTENT_REJECTED.contains(code)) {
            return new ContentRejectedException("content refused", b.build(), List.of(message.isBlank() ? "code " + code : message));
        }
        if (INVALID.contains(code)) {
            return new InvalidRequestException("invalid request", b.build());
        }
        return new InvalidRequestException("refused with an unlisted error code", b.build());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
