package io.github.mediaops.connector.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.AuthenticationException;
import io.github.mediaops.core.connector.ConnectorException;
import io.github.mediaops.core.connector.ContentRejectedException;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.InvalidRequestException;
import io.github.mediaops.core.connector.NotFoundException;
import io.github.mediaops.core.connector.PermissionDeniedException;
import io.github.mediaops.core.connector.RateLimitedException;
import io.github.mediaops.core.connector.TransientPlatformException;
import io.github.mediaops.core.validate.Checks;
import io.github.mediaops.core.platform.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A platform's error codes and what each means, declared as data: where the code and message sit in
 * a JSON body, which codes mean success, one {@link ErrorKind} per code, per-operation exceptions
 * where a platform gives a code different meanings on different endpoints, and retry-after rules for
 * codes that say "try again later". The template ({@link HttpConnector}) turns the table into the
 * {@link ErrorDecoder} that runs on every response body, whatever its HTTP status.
 *
 * <pre>{@code
 * static final ErrorTable ERRORS = ErrorTable.builder(Platform.WECHAT_OFFICIAL_ACCOUNT)
 *         .codeAt("/errcode").messageAt("/errmsg")
 *         .map(ErrorKind.TOKEN_EXPIRED, 40001, 40014, 42001)
 *         .on("cgi-bin/token", ErrorKind.CREDENTIALS_REFUSED, 40001)   // wrong AppSecret there
 *         .map(ErrorKind.RATE_LIMITED, 45011)
 *         .retryAfter(45011, now -> Duration.ofMinutes(1))
 *         .build();
 * }</pre>
 *
 * <p>A code the table does not list keeps its platform code and message and becomes the
 * {@link Builder#unknown unknown kind} (invalid request by default). A response without a code is
 * typed by its HTTP status ({@link HttpErrors#fromStatus}); a 2xx without a code is a success.
 * Platform messages pass through {@link Redactor#defaults()} before they are kept.
 */
public final class ErrorTable {
    private final Platform platform;
    private final List<Location> locations;
    private final Set<String> success;
    private final Map<String, ErrorKind> kinds;
    private final Map<String, ErrorKind> byOperation;
    private final Map<String, Function<Instant, Duration>> retryAfter;
    private final ErrorKind unknown;

    private ErrorTable(Builder b) {
        this.platform = b.platform;
        List<Location> where = new ArrayList<>();
        where.add(new Location(Checks.notNull(b.codePointer, "codeAt"), b.messagePointer));
        where.addAll(b.alternatives);
        this.locations = List.copyOf(where);
        this.success = Set.copyOf(b.success);
        this.kinds = Map.copyOf(b.kinds);
        this.byOperation = Map.copyOf(b.byOperation);
        this.retryAfter = Map.copyOf(b.retryAfter);
        this.unknown = b.unknown;
    }

    /** A table for a platform. */
    public static Builder builder(Platform platform) {
        return new Builder(platform);
    }

    public Platform platform() {
        return platform;
    }

    /** What {@code code} means on {@code operation}: the per-operation row, else the table's row, else empty. */
    public Optional<ErrorKind> kindOf(String operation, String code) {
        ErrorKind k = byOperation.get(operation + " " + code);
        return Optional.ofNullable(k != null ? k : kinds.get(code));
    }

    /**
     * The typed failure for a platform code seen on {@code operation} at {@code now}.
     *
     * @param retryAfterHeader a Retry-After the response carried, or {@code null}
     */
    public ConnectorException exception(String operation, String code, String message, int httpStatus,
                                        Duration retryAfterHeader, Instant now) {
        Checks.notBlank(code, "code");
        String safe = message == null ? "" : Redactor.defaults().redact(message);
        ErrorKind kind = kindOf(operation, code).orElse(unknown);
        Function<Instant, Duration> wait = retryAfter.get(code);
        Duration after = wait != null ? wait.apply(now) : retryAfterHeader;
        ErrorDetails d = ErrorDetails.builder(platform).operation(operation).platformCode(code).platformMessage(safe)
                .httpStatus(httpStatus).retryAfter(after).build();
        boolean listed = kindOf(operation, code).isPresent();
        return switch (kind) {
            case TOKEN_EXPIRED -> new AuthenticationException("access token expired or invalidated", d, true);
            case CREDENTIALS_REFUSED -> new AuthenticationException("app credentials refused", d, false);
            case PERMISSION_DENIED -> new PermissionDeniedException("not permitted", d);
            case NOT_FOUND -> new NotFoundException("not found", d);
            case CONTENT_REJECTED -> new ContentRejectedException("content refused", d,
                    List.of(safe.isBlank() ? "code " + code : safe));
            case INVALID_REQUEST -> new InvalidRequestException(listed ? "invalid request"
                    : "refused with an unlisted error code", d);
            case RATE_LIMITED -> new RateLimitedException("rate limited", d);
            case TRANSIENT -> new TransientPlatformException("platform error, may pass", d);
        };
    }

    /** The decoder the runtime runs on every body; {@code clock} times retry-after rules. */
    public ErrorDecoder decoder(Clock clock) {
        Checks.notNull(clock, "clock");
        ObjectMapper json = Json.tolerantMapper();
        return (operation, httpStatus, retryAfterHeader, body) -> {
            if (body != null) {
                JsonNode n = null;
                for (Location at : locations) {
                    if (indexOf(body, at.field, at.skip) < 0) {
                        continue;
                    }
                    try {
                        n = n != null ? n : json.readTree(body);
                    } catch (IOException unreadable) {
                        break; // Not JSON: the converter reports it as an unexpected response, or the status types it.
                    }
                    JsonNode codeNode = n == null ? null : n.at(at.code);
                    if (codeNode != null && codeNode.isValueNode() && !codeNode.isNull()) {
                        String code = codeNode.asText().trim();
                        if (!code.isEmpty() && !success.contains(code)) {
                            String message = at.message == null ? "" : n.at(at.message).asText("");
                            return Optional.of(exception(operation, code, message, httpStatus, retryAfterHeader,
                                    clock.instant()));
                        }
                    }
                }
            }
            return httpStatus >= 400 ? HttpErrors.fromStatus(platform, operation, httpStatus, retryAfterHeader)
                    : Optional.empty();
        };
    }

    /** One place a code can be: its pointer, its message's pointer (or null), and the search for its field name. */
    private static final class Location {
        final String code;
        final String message;
        final byte[] field;
        final int[] skip;

        Location(String code, String message) {
            this.code = code;
            this.message = message;
            String leaf = code.substring(code.lastIndexOf('/') + 1);
            this.field = ("\"" + leaf + "\"").getBytes(StandardCharsets.UTF_8);
            this.skip = skipTable(field);
        }
    }

    /**
     * Where {@code needle} first occurs in {@code hay}, or -1: Horspool's search, which skips up to the
     * needle's length per step. It runs on every body the platform sends, most of which hold no error
     * code, so it is the part of decoding every call pays for.
     */
    static int indexOf(byte[] hay, byte[] needle, int[] skip) {
        int last = needle.length - 1;
        int i = 0;
        while (i + last < hay.length) {
            int j = last;
            while (hay[i + j] == needle[j]) {
                if (j == 0) {
                    return i;
                }
                j--;
            }
            i += skip[hay[i + last] & 0xff];
        }
        return -1;
    }

    /** Horspool's shift table for {@code needle}. */
    static int[] skipTable(byte[] needle) {
        int[] skip = new int[256];
        java.util.Arrays.fill(skip, needle.length);
        for (int j = 0; j < needle.length - 1; j++) {
            skip[needle[j] & 0xff] = needle.length - 1 - j;
        }
        return skip;
    }

    @Override
    public String toString() {
        return "ErrorTable[" + platform.id() + ", " + kinds.size() + " codes, " + byOperation.size() + " per operation]";
    }

    /** Builds an {@link ErrorTable}. */
    public static final class Builder {
        private final Platform platform;
        private String codePointer;
        private String messagePointer;
        private final List<Location> alternatives = new ArrayList<>();
        private final Set<String> success = new HashSet<>(Set.of("0"));
        private final Map<String, ErrorKind> kinds = new HashMap<>();
        private final Map<String, ErrorKind> byOperation = new HashMap<>();
        private final Map<String, Function<Instant, Duration>> retryAfter = new HashMap<>();
        private ErrorKind unknown = ErrorKind.INVALID_REQUEST;

        private Builder(Platform platform) {
            this.platform = Checks.notNull(platform, "platform");
        }

        /** Where the code is, as a JSON Pointer (RFC 6901), e.g. {@code /errcode} or {@code /data/error_code}. */
        public Builder codeAt(String jsonPointer) {
            this.codePointer = pointer(jsonPointer, "codeAt");
            return this;
        }

        /** Where the message is, as a JSON Pointer, e.g. {@code /errmsg}. */
        public Builder messageAt(String jsonPointer) {
            this.messagePointer = pointer(jsonPointer, "messageAt");
            return this;
        }

        /**
         * A second place a code can be, tried when the body has none at {@link #codeAt}: for platforms whose
         * token endpoint answers in another shape than their API, e.g. TikTok's OAuth errors
         * {@code {"error":"invalid_grant","error_description":…}} beside its API's {@code {"error":{"code":…}}}
         * ({@code codeAlsoAt("/error", "/error_description")}). A pointer that meets an object or array there is
         * skipped. The same rows ({@link #map}, {@link #on}) type codes from every location.
         */
        public Builder codeAlsoAt(String codePointer, String messagePointer) {
            alternatives.add(new Location(pointer(codePointer, "codeAlsoAt"),
                    messagePointer == null ? null : pointer(messagePointer, "codeAlsoAt message")));
            return this;
        }

        /** The codes that mean success (default {@code 0}); replaces the default. */
        public Builder success(String... codes) {
            success.clear();
            for (String c : codes) {
                success.add(Checks.notBlank(c, "success code"));
            }
            return this;
        }

        /** Codes that mean {@code kind} on every operation. */
        public Builder map(ErrorKind kind, int... codes) {
            for (int c : codes) {
                map(kind, Integer.toString(c));
            }
            return this;
        }

        /** Codes that mean {@code kind} on every operation (for platforms with text codes). */
        public Builder map(ErrorKind kind, String... codes) {
            Checks.notNull(kind, "kind");
            for (String c : codes) {
                put(kinds, Checks.notBlank(c, "code"), kind, c);
            }
            return this;
        }

        /** Codes that mean {@code kind} on this operation only (the endpoint path, e.g. {@code cgi-bin/token}). */
        public Builder on(String operation, ErrorKind kind, int... codes) {
            Checks.notBlank(operation, "operation");
            Checks.notNull(kind, "kind");
            for (int c : codes) {
                put(byOperation, operation + " " + c, kind, Integer.toString(c));
            }
            return this;
        }

        /** How long to wait after {@code code}, computed from the time it was received. */
        public Builder retryAfter(int code, Function<Instant, Duration> wait) {
            return retryAfter(Integer.toString(code), wait);
        }

        /**
         * How long to wait after a text code (Google's {@code quotaExceeded}: until midnight Pacific time), computed
         * from the time it was received.
         */
        public Builder retryAfter(String code, Function<Instant, Duration> wait) {
            retryAfter.put(Checks.notBlank(code, "code"), Checks.notNull(wait, "wait"));
            return this;
        }

        /** The kind of codes the table does not list (default {@link ErrorKind#INVALID_REQUEST}). */
        public Builder unknown(ErrorKind kind) {
            this.unknown = Checks.notNull(kind, "unknown");
            return this;
        }

        public ErrorTable build() {
            if (codePointer == null) {
                throw new InvalidValueException("codeAt", "an error table needs codeAt(...): where the code is in a body");
            }
            return new ErrorTable(this);
        }

        private static void put(Map<String, ErrorKind> map, String key, ErrorKind kind, String code) {
            ErrorKind before = map.putIfAbsent(key, kind);
            if (before != null && before != kind) {
                throw new InvalidValueException("code", "code " + code + " is mapped twice (" + before + " and " + kind + ")");
            }
        }

        private static String pointer(String p, String field) {
            Checks.notBlank(p, field);
            if (!p.startsWith("/") || p.endsWith("/")) {
                throw new InvalidValueException(field, field + " must be a JSON Pointer such as /errcode (was " + Checks.show(p) + ")");
            }
            return p;
        }
    }
}
