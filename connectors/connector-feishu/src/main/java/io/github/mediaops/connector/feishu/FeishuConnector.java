package io.github.mediaops.connector.feishu;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.HttpConnector;
import io.github.mediaops.connector.support.Operation;
import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Capability;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Notification;
import io.github.mediaops.core.connector.NotificationReceipt;
import io.github.mediaops.core.connector.Notifications;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.validate.Checks;
import java.net.URI;
import java.util.Optional;

/**
 * A Feishu / Lark custom bot (自定义机器人) on the {@link HttpConnector} template: messages posted to the
 * bot's webhook ({@code POST /open-apis/bot/v2/hook/{token}}), signed when the bot has a signing secret,
 * offered as {@link Capability#NOTIFICATIONS}. The bot needs no access token.
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
            .build();

    private static final String HOOK = "open-apis/bot/v2/hook";

    private final FeishuBotApi api;
    private final Secret hookToken;
    private final Optional<Secret> signingSecret;
    private final FeishuFormat format;

    private FeishuConnector(Builder b) {
        super(FeishuConnectorProvider.DESCRIPTOR, DEFAULT_BASE_URL, b, ERRORS);
        this.hookToken = config().credentials().requireSecret("hookToken");
        this.signingSecret = config().credentials().secret("signingSecret");
        this.format = b.format;
        this.api = api(FeishuBotApi.class);
        offer(Capability.NOTIFICATIONS, new BotNotifications(this));
    }

    public static Builder builder(ConnectorConfig config) {
        return new Builder(config);
    }

    /** The bot's name (credential identifier {@code bot}). */
    public String bot() {
        return app();
    }

    /**
     * Posts one message once per idempotency key: a repeat with the same key returns the first receipt
     * without posting. Signed with the current time when the bot has a signing secret.
     */
    public NotificationReceipt send(FeishuMessage message, String idempotencyKey) {
        Checks.notNull(message, "message");
        ConnectorRuntime rt = runtime();
        return rt.once("feishu-bot", idempotencyKey, NotificationReceipt.class, () -> {
            ObjectNode body = message.payload();
            signingSecret.ifPresent(secret -> {
                long ts = rt.clock().instant().getEpochSecond();
                body.put("timestamp", Long.toString(ts));
                body.put("sign", FeishuSigning.sign(ts, secret.reveal()));
            });
            FeishuBotApi.BotResponse r = rt.executor().executeWithoutToken(
                    Operation.create(HOOK, rt.rateKey()), () -> api.send(hookToken.reveal(), body));
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
            super(config, "bot");
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
