package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.ConnectorConfig;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.connector.WebhookRequest;
import io.github.mediaops.core.connector.WebhookResult;
import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The message push flow the WeChat family shares: the Official Account's message push ({@code platform-apis.md}
 * §1.6) and the Weixin Store's ({@code platform-apis-2.md} §2.3). {@link #open} runs, in this order: the body's size
 * (option {@code maxPushBytes}, default {@value #DEFAULT_MAX_PUSH_BYTES} bytes); the query signature
 * {@code sha1(sort(token, timestamp, nonce))}, with the timestamp in the gate's replay window, compared in constant
 * time ({@link WeChatPushSignature#verify}); a GET is WeChat's URL check and gets its {@code echostr} back; then, by
 * {@code encrypt_type}: {@code aes} needs the encodingAesKey and a {@code msg_signature} over the envelope's
 * {@code Encrypt} field, checked, bound to the body and decrypted by {@link WeChatFamilyCrypto#open} (receive id: the
 * {@code appId}); {@code raw} or none is a plaintext push, accepted only in {@link Mode#PLAIN} or
 * {@link Mode#COMPATIBLE}, its verified signature then bound to its body for the replay window
 * ({@link WebhookGate#admit}) so that a captured signature cannot carry another body; any other value is refused.
 * Only then does the connector get the opened body to parse.
 *
 * <p>Plaintext signatures do not cover the body (WeChat's design); use safe mode where the body must be
 * authenticated. Thread-safe.
 */
public final class WeChatFamilyPush {
    /** The default of option {@code maxPushBytes}: WeChat's pushes are a few KB. */
    public static final int DEFAULT_MAX_PUSH_BYTES = 64 * 1024;

    /** WeChat's message encryption modes (消息加解密方式). */
    public enum Mode {
        /** 明文模式: plaintext pushes only; no encodingAesKey. */
        PLAIN,
        /** 兼容模式: safe-mode and plaintext pushes (while switching an account to safe mode). */
        COMPATIBLE,
        /** 安全模式: safe-mode pushes only. */
        SAFE;

        /**
         * The mode connector option {@code option} names ({@code plain}, {@code compatible} or {@code safe}, any case);
         * without the option {@link #SAFE} when an encodingAesKey is configured (so that a push cannot be downgraded to
         * plaintext), else {@link #PLAIN}.
         *
         * @throws InvalidValueException naming {@code options.<option>} for another value, for {@code plain} with an
         *         encodingAesKey, or for an encrypted mode without one
         */
        public static Mode of(ConnectorConfig config, String option) {
            boolean aesKey = config.credentials().secret("encodingAesKey").isPresent();
            String v = config.option(option).orElse(null);
            if (v == null) {
                return aesKey ? SAFE : PLAIN;
            }
            Mode m = switch (v.trim().toLowerCase(Locale.ROOT)) {
                case "plain" -> PLAIN;
                case "compatible" -> COMPATIBLE;
                case "safe" -> SAFE;
                default -> throw new InvalidValueException("options." + option, option
                        + " must be plain, compatible or safe (was " + Checks.show(v) + ")");
            };
            if (aesKey && m == PLAIN) {
                throw new InvalidValueException("options." + option, option + " " + Checks.show(v) + " with an "
                        + "encodingAesKey: use compatible to accept plaintext pushes too, or drop the key");
            }
            if (!aesKey && m != PLAIN) {
                throw new InvalidValueException("options." + option, option + " " + Checks.show(v)
                        + " needs the encodingAesKey credential");
            }
            return m;
        }
    }

    private final WebhookGate gate;
    private final String token;
    private final WeChatFamilyCrypto crypto;
    private final Mode mode;
    private final int maxBodyBytes;
    private final Function<byte[], String> encryptField;
    private final String safeModeHint;

    /**
     * The push flow of one app.
     *
     * @param gate         the connector's webhook gate
     * @param config       the connector's configuration: option {@code maxPushBytes}, credentials {@code appId} and
     *                     (except in {@link Mode#PLAIN}) {@code encodingAesKey}
     * @param token        the push secret {@code token}
     * @param mode         the accepted pushes
     * @param encryptField reads the {@code Encrypt} field of a safe-mode envelope (XML or JSON) from the raw body, empty
     *                     when there is none; it throws {@link WebhookGate#unreadable} when the body is not the format
     * @param safeModeHint why a plaintext push is refused in {@link Mode#SAFE}, added to the refusal
     */
    public WeChatFamilyPush(WebhookGate gate, ConnectorConfig config, Secret token, Mode mode,
                            Function<byte[], String> encryptField, String safeModeHint) {
        this.gate = Checks.notNull(gate, "gate");
        this.token = Checks.notNull(token, "token").reveal();
        this.mode = Checks.notNull(mode, "mode");
        this.crypto = mode == Mode.PLAIN ? null : new WeChatFamilyCrypto(config.credentials().requireSecret("encodingAesKey"),
                config.credentials().requireIdentifier("appId"));
        this.maxBodyBytes = WebhookGate.bodyLimit(config, "maxPushBytes", DEFAULT_MAX_PUSH_BYTES);
        this.encryptField = Checks.notNull(encryptField, "encryptField");
        this.safeModeHint = Checks.notBlank(safeModeHint, "safeModeHint");
    }

    /**
     * Verifies and opens a push, in the order above; {@code parse} gets the opened body (decrypted or verified
     * plaintext) with what to call it in errors ({@code "decrypted body"} or {@code "body"}) and makes the result. A
     * URL check is answered here.
     *
     * @throws io.github.mediaops.core.connector.AuthenticationException when a check refuses the push
     * @throws io.github.mediaops.core.connector.UnexpectedResponseException when the push is unreadable
     */
    public WebhookResult open(WebhookRequest request, BiFunction<byte[], String, WebhookResult> parse) {
        Checks.notNull(request, "request");
        gate.checkSize(request.bodyLength(), maxBodyBytes, "maxPushBytes");
        WeChatPushSignature verified = WeChatPushSignature.verify(gate, request, token);
        if (request.method().equals("GET")) {
            return verified.echo(gate, request);
        }
        byte[] body = request.body();
        String encryptType = request.queryParam("encrypt_type").orElse("raw");
        if (encryptType.equals("aes")) {
            if (crypto == null) {
                throw gate.refused("safe-mode push but no encodingAesKey is configured");
            }
            String msgSignature = request.queryParam("msg_signature").orElseThrow(() -> gate.refused("no msg_signature"));
            String encrypt = encryptField.apply(body);
            if (encrypt == null || encrypt.isEmpty()) {
                throw gate.unreadable("no Encrypt");
            }
            String plain = crypto.open(gate, token, verified, msgSignature, request.method(), body, encrypt,
                    "message does not decrypt for this app");
            return parse.apply(plain.getBytes(StandardCharsets.UTF_8), "decrypted body");
        }
        if (!encryptType.equals("raw")) {
            throw gate.refused("unknown encrypt_type " + Checks.show(encryptType));
        }
        if (mode == Mode.SAFE) {
            throw gate.refused("plaintext push while safe mode is configured (" + safeModeHint + ")");
        }
        gate.admit(verified.timestamp(), verified.nonce(), verified.signature(), request.method(), body);
        return parse.apply(body, "body");
    }

    /** Shows the mode and the crypto's receive id; never a secret. */
    @Override
    public String toString() {
        return "WeChatFamilyPush[" + mode + (crypto == null ? "" : ", " + crypto) + "]";
    }
}
