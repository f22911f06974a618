package io.github.mediaops.core.connector;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a platform said when a call failed: its own error code and message, the HTTP status, the
 * operation, and how long it asked us to wait. Every part but the platform is optional, because a
 * failure can happen before the platform says anything (a timeout, a refused connection).
 *
 * <p>Never put a token, secret or signature in any part; connector-support redacts what it copies
 * from the wire.
 */
public final class ErrorDetails {
    private final Platform platform;
    private final String operation;
    private final String code;
    private final String message;
    private final int httpStatus;
    private final Duration retryAfter;

    private ErrorDetails(Builder b) {
        this.platform = Checks.notNull(b.platform, "platform");
        this.operation = b.operation;
        this.code = b.code;
        this.message = b.message;
        this.httpStatus = b.httpStatus;
        this.retryAfter = b.retryAfter;
    }

    public static Builder builder(Platform platform) {
        return new Builder(platform);
    }

    /** Details naming only the platform. */
    public static ErrorDetails of(Platform platform) {
        return builder(platform).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder(platform);
        b.operation = operation;
        b.code = code;
        b.message = message;
        b.httpStatus = httpStatus;
        b.retryAfter = retryAfter;
        return b;
    }

    public Platform platform() {
        return platform;
    }

    /** The operation that failed, e.g. {@code datacube/getarticlesummary}. */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    /** The platform's own error code as text (WeChat errcode {@code 42001}, TikTok {@code rate_limit_exceeded}). */
    public Optional<String> platformCode() {
        return Optional.ofNullable(code);
    }

    /** The platform's own error message (WeChat errmsg). */
    public Optional<String> platformMessage() {
        return Optional.ofNullable(message);
    }

    /** The HTTP status of the response, when there was one (often 200 even for errors). */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** How long the platform asked us to wait before trying again, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** {@code "wechat-oa datacube/getarticlesummary: code 45009 (reach max api daily quota limit), HTTP 200"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(platform.id());
        if (operation != null) {
            sb.append(' ').append(operation);
        }
        String sep = ": ";
        if (code != null) {
            sb.append(sep).append("code ").append(code);
            sep = ", ";
        }
        if (message != null) {
            sb.append(code != null ? " (" + message + ")" : sep + message);
            sep = ", ";
        }
        if (httpStatus != 0) {
            sb.append(sep).append("HTTP ").append(httpStatus);
            sep = ", ";
        }
        if (retryAfter != null) {
            sb.append(sep).append("retry after ").append(retryAfter.toMillis()).append(" ms");
        }
        return sb.toString();
    }

    /** Builds {@link ErrorDetails}. */
    public static final class Builder {
        private final Platform platform;
        private String operation;
        private String code;
        private String message;
        private int httpStatus;
        private Duration retryAfter;

        private Builder(Platform platform) {
            this.platform = platform;
        }

        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        public Builder platformCode(String code) {
            this.code = code;
            return this;
        }

        public Builder platformMessage(String message) {
            this.message = message;
            return this;
        }

        public Builder httpStatus(int status) {
            if (status < 0 || status > 999) {
                throw new InvalidValueException("httpStatus", "httpStatus must be 0 (none) or 100..999 (was " + status + ")");
            }
            this.httpStatus = status;
            return this;
        }

        public Builder retryAfter(Duration retryAfter) {
            if (retryAfter != null && retryAfter.isNegative()) {
                throw new InvalidValueException("retryAfter", "retryAfter must not be negative (was " + retryAfter + ")");
            }
            this.retryAfter = retryAfter;
            return this;
        }

        public ErrorDetails build() {
            return new ErrorDetails(this);
        }
    }
}
