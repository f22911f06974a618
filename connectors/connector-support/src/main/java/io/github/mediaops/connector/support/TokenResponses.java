package io.github.mediaops.connector.support;

import io.github.mediaops.core.platform.Platform;
import io.github.mediaops.core.validate.Checks;

/**
 * Checks on a token endpoint's answer, for {@link UserTokenGrants} and {@code fetchToken} implementations: a
 * token or lifetime the platform left out or sent empty is an
 * {@link io.github.mediaops.core.connector.UnexpectedResponseException} naming the field, never an empty token in
 * the store. Values are read as text, because platforms send lifetimes as numbers or strings. Messages never
 * contain the token itself. Other unusable answers: {@link WireValues#unexpected}.
 */
public final class TokenResponses {
    /** How a missing field of a token response is named. */
    static final String MISSING = "a token response without ";

    private TokenResponses() {
    }

    /** The checks below bound to {@code platform}, for a connector's constant. */
    public static PlatformTokenResponses of(Platform platform) {
        return new PlatformTokenResponses(platform);
    }

    /** {@code value}, or a typed error when it is missing or blank. */
    public static String required(Platform platform, String operation, String field, String value) {
        return WireValues.present(platform, operation, field, value, MISSING);
    }

    /** A positive number of seconds, or a typed error naming the field and the value. */
    public static long seconds(Platform platform, String operation, String field, String value) {
        String text = required(platform, operation, field, value).trim();
        long s;
        try {
            s = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw WireValues.unexpected(platform, operation, field + " is not a number of seconds (was " + Checks.show(text) + ")");
        }
        if (s <= 0) {
            throw WireValues.unexpected(platform, operation, field + " must be > 0 (was " + s + ")");
        }
        return s;
    }
}
