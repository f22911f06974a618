package io.github.mediaops.connector.wecom;

import io.github.mediaops.core.validate.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code WelcomeCode} of an {@code add_external_contact} callback: it lets the app send the new customer
 * one welcome message, within {@link #VALIDITY 20 seconds} of the event
 * (developer.work.weixin.qq.com/document/path/92599). WeCom sends none when a welcome message is configured in
 * the admin console. The code never appears in {@link #toString()}.
 *
 * @param code       the code
 * @param receivedAt when the callback was received (the connector's clock)
 */
public record WelcomeCode(String code, Instant receivedAt) {
    /** How long WeCom accepts a welcome code. */
    public static final Duration VALIDITY = Duration.ofSeconds(20);

    public WelcomeCode {
        Checks.notBlank(code, "welcomeCode");
        Checks.notNull(receivedAt, "receivedAt");
    }

    /** The last instant a welcome message can be sent with this code. */
    public Instant expiresAt() {
        return receivedAt.plus(VALIDITY);
    }

    @Override
    public String toString() {
        return "WelcomeCode[code=***, receivedAt=" + receivedAt + "]";
    }
}
