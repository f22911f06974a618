package io.github.mediaops.examples.beacon;

import io.github.mediaops.connector.support.AccessToken;
import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.ErrorDetails;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.Notifications;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.UnexpectedResponseException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A complete HTTP connector on the template: Beacon, a made-up notification service with an OAuth2
 * client-credentials token ({@code POST /oauth/token}), one endpoint ({@code POST /v1/notifications}),
 * errors as {@code {"error":{"code":"...","message":"..."}}} and rate limits as a bare HTTP 429.
 * Everything else (HTTP, tokens, retries, idempotency, accessors) is {@link HttpConnector}'s.
 *
 * <p>Credentials: identifier {@code clientId}, secret {@code clientSecret}.
 */
public final class BeaconConnector extends HttpConnector {
    /** Beacon's public host (made up). */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.beacon.invalid/");

    /** What Beacon's error codes mean; a bare status (429, 503) is typed by the template. */
    static final ErrorTable ERRORS = ErrorTable.builder(BeaconConnectorProvider.BEACON)
            .codeAt("/error/code").messageAt("/error/message")
            .map(ErrorKind.TOKEN_EXPIRED, "token_expired")
            .map(ErrorKind.CREDENTIALS_REFUSED, "invalid_client")
            .map(ErrorKind.NOT_FOUND, "channel_not_found")
            .map(ErrorKind.TRANSIENT, "busy")
            .build();

    private final BeaconApi api;
    private final Secret clientSecret;

    private BeaconConnector(Builder b) {
        super(BeaconConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.clientSecret = config().credentials().requireSecret("clientSecret");
        this.api = api(BeaconApi.class);
        offer(Capability.NOTIFICATIONS, new BeaconNotifications(api, runtime()));
    }

    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    @Override
    protected AccessToken fetchToken(Optional<AccessToken> previous) {
        BeaconApi.TokenResponse r = runtime().readWithoutToken("oauth/token",
                () -> api.token(new BeaconApi.TokenRequest("client_credentials", app(), clientSecret.reveal())));
        if (r.accessToken() == null || r.expiresIn() == null || r.expiresIn() <= 0) {
            throw new UnexpectedResponseException("token response without token or lifetime",
                    ErrorDetails.builder(BeaconConnectorProvider.BEACON).operation("oauth/token").build());
        }
        return AccessToken.of(r.accessToken(), runtime().clock().instant(), Duration.ofSeconds(r.expiresIn()));
    }

    /** Sends each notification once per idempotency key, on every instance sharing the idempotency store. */
    private record BeaconNotifications(BeaconApi api, ConnectorRuntime runtime) implements Notifications {
        @Override
        public NotificationReceipt send(Notification n) {
            return runtime.once("notify", n.idempotencyKey(), NotificationReceipt.class, () -> {
                BeaconApi.Sent sent = runtime.create("v1/notifications",
                        token -> api.send("Bearer " + token, new BeaconApi.Message(n.destination(), n.title(), n.body())));
                return new NotificationReceipt(sent.id(), sent.createdAt() == null ? runtime.clock().instant()
                        : Instant.ofEpochSecond(sent.createdAt()));
            });
        }
    }

    /** Builds a {@link BeaconConnector}; every option is the template's. */
    public static final class Builder extends HttpConnector.Builder<Builder> {
        private Builder(ConnectorConfig config) {
            super(config, "clientId");
        }

        @Override
        public BeaconConnector build() {
            return new BeaconConnector(this);
        }
    }
}
