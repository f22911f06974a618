package io.github.mediaops.connector.tck;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A platform's own error code and message for each of the four platform-coded {@link Fault}s, for a simulator whose
 * platform reports errors as JSON on HTTP 200. The simulator declares its table once and hands
 * {@link #bodies(BiFunction)} (with its own way of writing an error body) to
 * {@link LoopbackSimulator#answerFault}:
 *
 * <pre>{@code
 * private static final NativeFaults NATIVE_FAULTS = new NativeFaults(
 *         new PlatformError(2100004, "系统繁忙，请稍后重试"),        // PLATFORM_BUSY
 *         new PlatformError(2190001, "quota exhausted"),          // RATE_LIMITED
 *         new PlatformError(2190008, "access_token过期"),          // TOKEN_EXPIRED
 *         new PlatformError(10013, "client_key或client_secret报错")); // BAD_CREDENTIALS
 * ...
 * answerFault(ex, fault, NATIVE_FAULTS.bodies(this::error), malformedJson, () -> api(request));
 * }</pre>
 *
 * @param platformBusy   the answer to {@link Fault#PLATFORM_BUSY}
 * @param rateLimited    the answer to {@link Fault#RATE_LIMITED}
 * @param tokenExpired   the answer to {@link Fault#TOKEN_EXPIRED}
 * @param badCredentials the answer to {@link Fault#BAD_CREDENTIALS}
 */
public record NativeFaults(PlatformError platformBusy, PlatformError rateLimited, PlatformError tokenExpired,
                           PlatformError badCredentials) {
    /** One error as the platform reports it: its code and its message. */
    public record PlatformError(int code, String message) {
        public PlatformError {
            Objects.requireNonNull(message, "message");
        }
    }

    public NativeFaults {
        Objects.requireNonNull(platformBusy, "platformBusy");
        Objects.requireNonNull(rateLimited, "rateLimited");
        Objects.requireNonNull(tokenExpired, "tokenExpired");
        Objects.requireNonNull(badCredentials, "badCredentials");
    }

    /**
     * The platform's error for a platform-coded fault.
     *
     * @throws IllegalArgumentException for a fault the platform answers without a code of its own ({@code SLOW},
     *                                  {@code SERVER_ERROR}, ...)
     */
    public PlatformError of(Fault fault) {
        return switch (Objects.requireNonNull(fault, "fault")) {
            case PLATFORM_BUSY -> platformBusy;
            case RATE_LIMITED -> rateLimited;
            case TOKEN_EXPIRED -> tokenExpired;
            case BAD_CREDENTIALS -> badCredentials;
            default -> throw new IllegalArgumentException("not a platform-coded fault: " + fault);
        };
    }

    /**
     * The body of each platform-coded fault, written by {@code errorBody} from the code and the message (its result's
     * {@code toString()}: JSON text, or a Jackson node).
     */
    public Function<Fault, String> bodies(BiFunction<Integer, String, ?> errorBody) {
        Objects.requireNonNull(errorBody, "errorBody");
        return fault -> {
            PlatformError e = of(fault);
            return errorBody.apply(e.code(), e.message()).toString();
        };
    }
}
