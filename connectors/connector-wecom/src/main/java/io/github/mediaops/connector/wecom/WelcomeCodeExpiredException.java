package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.InvalidValueException;
import java.time.Instant;

/**
 * A welcome message asked for after its code's 20-second window ({@link WelcomeCode#VALIDITY}): refused before
 * any call, since WeCom would refuse it too. Not retryable; the customer can still be messaged by other means.
 */
public final class WelcomeCodeExpiredException extends InvalidValueException {
    private static final long serialVersionUID = 1L;
    private final Instant expiredAt;

    WelcomeCodeExpiredException(Instant expiredAt, Instant now) {
        super("welcomeCode", "the welcome code expired at " + expiredAt + " (WeCom accepts it for "
                + WelcomeCode.VALIDITY.toSeconds() + " s after the event); now " + now);
        this.expiredAt = expiredAt;
    }

    /** When the code stopped being accepted. */
    public Instant expiredAt() {
        return expiredAt;
    }
}
