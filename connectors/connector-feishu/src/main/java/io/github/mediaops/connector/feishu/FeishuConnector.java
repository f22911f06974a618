package io.github.mediaops.connector.feishu;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mediaops.connector.support.AccessToken;
import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.connector.support.PlatformWireValues;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.Notifications;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * A Feishu / Lark custom bot (自定义机器人) on the {@link HttpConnector} template: messages posted to the
 * bot's webhook ({@code POST /open-apis/bot/v2/hook/{token}}), signed when the bot has a signing secret,
 * offered as {@link Capability#NOTIFICATIONS}. The bot needs no access token.
 *
 * <p>With the app credentials (identifier {@code appId}, secret {@code appSecret}) it also calls the open
 * platform with a tenant access token held in the {@code TokenStore} under {@code feishu:<appId>}:
 * {@link #calendar(String, String)} keeps a content calendar in a Bitable table. {@code hookToken} is then
 * optional, and {@code NOTIFICATIONS} is offered only when it is present.
 *
 * <p>Credentials: identifier {@code bot} (the name this bot is known by; a {@link Notification}'s
 * destination must equal it), secret {@code hookToken} (the last path segment of the webhook URL),
 * optional secret {@code signingSecret} (when 签名校验 is on). For Lark set the base URL to
 * {@code https://open.larksuite.com/}.
 *
 * <p>Feishu answers most errors with HTTP 200 and {@code {"code":19021,"msg":"..."}}; {@link #ERRORS}
 * types them. A custom bot returns no message id, so a receipt's id is the idempotency key.
 */
public final class FeishuConnector extends HttpConnector {
    /** Feishu's open platform host (Lark: {@code https://open.larksuite.com/}). */
    public static final URI DEFAULT_BASE_URL = URI.create("https://open.feishu.cn/");

    static final PlatformWireValues WIRE = WireValues.of(FeishuConnectorProvider.FEISHU);

    /**
     * The custom bot's codes, read from {@code /code} whatever the HTTP status. Sources: Feishu's custom bot
     * guide (error table) as summarised in {@code platform-apis.md} §8.1.
     */
    static final ErrorTable ERRORS = ErrorTable.builder(FeishuConnectorProvider.FEISHU)
            .codeAt("/code").messageAt("/msg")
            .map(ErrorKind.CREDENTIALS_REFUSED, 19001, 19021) // webhook token invalid; sign mismatch / stale timestamp
            .map(ErrorKind.PERMISSION_DENIED, 19022)          // IP not in the bot's allow list
            .map(ErrorKind.CONTENT_REJECTED, 19024)           // keyword check failed
            .map(ErrorKind.NOT_FOUND, 19007)                  // bot not in the chat / removed
            .map(ErrorKind.INVALID_REQUEST, 9499, 19002)      // bad request, msg_type missing
            .map(ErrorKind.RATE_LIMITED, 11232)               // frequency limit (also HTTP 429)
            // open platform (tenant token, Bitable): Feishu's server error code list and the Bitable guide
            .map(ErrorKind.TOKEN_EXPIRED, 99991663, 99991661)  // tenant access token invalid / missing
            .map(ErrorKind.CREDENTIALS_REFUSED, 10014, 10003)  // app secret invalid; app_id invalid
            .map(ErrorKind.RATE_LIMITED, 99991400, 1254290)    // request frequency limit; Bitable TooManyRequest
            .map(ErrorKind.PERMISSION_DENIED, 99991672, 1254302) // app lacks the scope; no permission on the base
            .map(ErrorKind.NOT_FOUND, 1254040, 1254041, 1254043) // app_token, table_id, record_id not found
            .map(ErrorKind.INVALID_REQUEST, 1254045)           // FieldNameNotFound
            .map(ErrorKind.TRANSIENT, 1254607, 1254291)        // data not ready; write conflict, try again
            .build();

    /** Feishu hands out a new tenant token only in its last 30 minutes; refresh 25 minutes before expiry. */
    static final Duration TENANT_TOKEN_MARGIN = Duration.ofMinutes(25);

    private static final String TENANT_TOKEN = "open-apis/auth/v3/tenant_access_token/internal";

    private static final String HOOK = "open-apis/bot/v2/hook";

    private final FeishuBotApi api;
    private final FeishuOpenApi openApi;
    private final Optional<String> appId;
    private final Optional<Secret> appSecret;
    private final Optional<Secret> hookToken;
    private final Optional<Secret> signingSecret;
    private final FeishuFormat format;

    private FeishuConnector(Builder b) {
        super(FeishuConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.appId = config().credentials().identifier("appId");
        this.appSecret = appId.isPresent() ? Optional.of(config().credentials().requireSecret("appSecret")) : Optional.empty();
        this.hookToken = appId.isPresent() ? config().credentials().secret("hookToken")
                : Optional.of(config().credentials().requireSecret("hookToken"));
        this.signingSecret = config().credentials().secret("signingSecret");
        this.format = b.format;
        this.api = api(FeishuBotApi.class);
        this.openApi = api(FeishuOpenApi.class);
        if (hookToken.isPresent()) {
            offer(Capability.NOTIFICATIONS, new BotNotifications(this));
        } else {
            withhold(Capability.NOTIFICATIONS, "no custom bot configured (secret 'hookToken')");
        }
    }

    /**
     * Fetches a tenant access token ({@code POST /open-apis/auth/v3/tenant_access_token/internal} with
     * {@code app_id} and {@code app_secret}); its lifetime is the answer's {@code expire} (seconds, at most
     * 2 hours). Feishu answers the same token while more than 30 minutes remain and a new one (the old one
     * staying valid) in the last 30 minutes, so the builder's default token margin is 25 minutes.
     */
    @Override
    protected AccessToken fetchToken(Optional<AccessToken> previous) {
        if (appSecret.isEmpty()) {
            throw new InvalidValueException("credentials.appId",
                    "Feishu open platform calls need the app credentials 'appId' and 'appSecret'");
        }
        FeishuOpenApi.TenantToken t = runtime().readWithoutToken(TENANT_TOKEN,
                () -> openApi.tenantToken(new FeishuOpenApi.TenantTokenRequest(appId.get(), appSecret.get().reveal())));
        if (t == null || t.token() == null || t.token().isBlank() || t.expire() == null || t.expire() <= 0) {
            throw WIRE.unexpected(TENANT_TOKEN, "tenant token response without tenant_access_token or expire");
        }
        return AccessToken.of(t.token(), runtime().clock().instant(), Duration.ofSeconds(t.expire()));
    }

    /**
     * The content calendar kept in one Bitable table ({@code app_token} is the base's token from its URL,
     * {@code table_id} starts with {@code tbl}), with the default column layout. Needs the app credentials
     * ({@code appId}, {@code appSecret}) and the app's Bitable scope on that base.
     */
    public BitableCalendar calendar(String appToken, String tableId) {
        return calendar(appToken, tableId, BitableCalendarFields.defaults());
    }

    /** As {@link #calendar(String, String)} with the table's own column names and status labels. */
    public BitableCalendar calendar(String appToken, String tableId, BitableCalendarFields fields) {
        if (appSecret.isEmpty()) {
            throw new InvalidValueException("credentials.appId",
                    "a Bitable calendar needs the app credentials 'appId' and 'appSecret' (this connector has only a custom bot)");
        }
        return new BitableCalendar(openApi, runtime(), appToken, tableId, fields);
    }

    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /** The bot's name (credential identifier {@code bot}). */
    public String bot() {
        return config().credentials().identifier("bot").orElse(app());
    }

    /**
     * Posts one message once per idempotency key: a repeat with the same key returns the first receipt
     * without posting. Signed with the current time when the bot has a signing secret.
     */
    public NotificationReceipt send(FeishuMessage message, String idempotencyKey) {
        Checks.notNull(message, "message");
        Secret hook = hookToken.orElseThrow(() -> new InvalidValueException("credentials.hookToken",
                "this connector has no custom bot (secret 'hookToken')"));
        ConnectorRuntime rt = runtime();
        return rt.once("feishu-bot", idempotencyKey, NotificationReceipt.class, () -> {
            ObjectNode body = message.payload();
            signingSecret.ifPresent(secret -> {
                long ts = rt.clock().instant().getEpochSecond();
                body.put("timestamp", Long.toString(ts));
                body.put("sign", FeishuSigning.sign(ts, secret.reveal()));
            });
            FeishuBotApi.BotResponse r = rt.executor().executeWithoutToken(
                    Operation.create(HOOK, rt.rateKey()), () -> api.send(hook.reveal(), body));
            if (r != null && r.code() == null && r.statusCode() != null && r.statusCode() != 0) {
                // older deployments answer only the legacy pair: {"StatusCode":19021,"StatusMessage":"..."}
                throw ERRORS.exception(HOOK, r.statusCode().toString(), r.statusMessage(), 200, null, rt.clock().instant());
            }
            return new NotificationReceipt(idempotencyKey, rt.clock().instant());
        });
    }

    private record BotNotifications(FeishuConnector c) implements Notifications {
        @Override
        public NotificationReceipt send(Notification n) {
            Checks.notNull(n, "notification");
            if (!n.destination().equals(c.bot())) {
                throw new InvalidValueException("destination", "destination must be this bot's name '" + c.bot()
                        + "' (was '" + n.destination() + "'); build one connector per bot");
            }
            return c.send(FeishuMessage.of(n, c.format), n.idempotencyKey());
        }
    }

    /** Builds a {@link FeishuConnector}; adds the message format to the template's options. */
    public static final class Builder extends HttpConnector.Builder<Builder> {
        private FeishuFormat format = FeishuFormat.CARD;

        private Builder(ConnectorConfig config) {
            super(config, config.credentials().identifier("appId").isPresent() ? "appId" : "bot");
            tokenMargin(TENANT_TOKEN_MARGIN);
        }

        /** How notifications are rendered (default {@link FeishuFormat#CARD}). */
        public Builder format(FeishuFormat format) {
            this.format = Checks.notNull(format, "format");
            return this;
        }

        @Override
        public FeishuConnector build() {
            return new FeishuConnector(this);
        }
    }
}
