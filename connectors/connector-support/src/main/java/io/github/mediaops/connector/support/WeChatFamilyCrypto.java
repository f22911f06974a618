package io.github.mediaops.connector.support;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Secret;
import io.github.mediaops.core.validate.Checks;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The message crypto of the WeChat family of platforms: WeChat Official Account safe mode (安全模式)
 * and WeCom (企业微信) callbacks use the same scheme, differing only in the receive id at the end of the
 * plaintext (the appId for an Official Account, the CorpID for WeCom) and in where the encrypted text
 * arrives (the {@code Encrypt} element of a push; for WeCom's URL verification also {@code echostr}).
 *
 * <ul>
 *   <li>Key: Base64-decode(EncodingAESKey + "="), 32 bytes; the EncodingAESKey has 43 characters.</li>
 *   <li>Cipher: AES-256-CBC, IV = the first 16 key bytes, PKCS#7 padding to 32-byte blocks.</li>
 *   <li>Plaintext: 16 random bytes, the message length as 4 bytes big-endian, the message (UTF-8), the
 *       receive id.</li>
 *   <li>Signature: {@code msg_signature = sha1(sort(token, timestamp, nonce, encrypted))}, lower-case hex
 *       ({@link #signature}).</li>
 * </ul>
 *
 * Reference: the official "message encryption and decryption" guides of WeChat
 * ({@code platform-apis.md} §1.6) and WeCom (developer.work.weixin.qq.com/document/path/90968).
 * Thread-safe; the key never appears in {@code toString()} or messages.
 */
public final class WeChatFamilyCrypto {
    private final byte[] key;
    private final String receiveId;

    /**
     * @param encodingAesKey the 43-character EncodingAESKey
     * @param receiveId      what the plaintext must end with: the appId (Official Account) or the CorpID (WeCom)
     * @throws InvalidValueException naming {@code credentials.encodingAesKey} when the key is not 43 Base64 characters
     */
    public WeChatFamilyCrypto(Secret encodingAesKey, String receiveId) {
        Checks.notNull(encodingAesKey, "encodingAesKey");
        if (encodingAesKey.length() != 43) {
            throw new InvalidValueException("credentials.encodingAesKey", "EncodingAESKey must have 43 characters (had "
                    + encodingAesKey.length() + ")");
        }
        try {
            this.key = Base64.getDecoder().decode(encodingAesKey.reveal() + "=");
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("credentials.encodingAesKey", "EncodingAESKey is not Base64");
        }
        this.receiveId = Checks.notBlank(receiveId, "receiveId");
    }

    /** {@code sha1(sort(token, timestamp, nonce, encrypted))} in lower-case hex: the {@code msg_signature}. */
    public static String signature(String token, String timestamp, String nonce, String encrypted) {
        return Signatures.sortedConcatSha1(token, timestamp, nonce, encrypted);
    }

    /**
     * Opens a safe-mode push or callback: checks {@code msgSignature} against {@link #signature} over
     * {@code encrypted} in constant time, binds the verified (timestamp, nonce, signature) to the request with
     * {@link WebhookGate#admit(String, String, String, String, byte[])}, and only then decrypts. Call it after the
     * body-size and timestamp checks, before anything parses the plaintext.
     *
     * @param triple       the request's timestamp and nonce, and the signature the gate remembers: the query
     *                     {@code signature} (Official Account, Weixin Store) or {@code msg_signature} where it is the
     *                     only one (WeCom)
     * @param method       the request's method, bound with {@code content}
     * @param content      what the triple is bound to: the body, or for WeCom's URL check the {@code echostr}
     * @param undecryptable the refusal when the message does not decrypt for this receive id
     * @throws io.github.mediaops.core.connector.AuthenticationException when {@code msgSignature} does not verify, the
     *         triple was used for other content, or the message does not decrypt
     */
    public String open(WebhookGate gate, String token, WeChatPushSignature triple, String msgSignature, String method,
                       byte[] content, String encrypted, String undecryptable) {
        if (!Signatures.constantTimeEquals(signature(token, triple.timestamp(), triple.nonce(), encrypted), msgSignature)) {
            throw gate.refused("msg_signature does not verify");
        }
        gate.admit(triple.timestamp(), triple.nonce(), triple.signature(), method, content);
        return decrypt(encrypted).orElseThrow(() -> gate.refused(undecryptable));
    }

    /** The decrypted message, or empty when the ciphertext, padding, length or receive id is wrong. */
    public Optional<String> decrypt(String encrypt) {
        Checks.notNull(encrypt, "encrypt");
        byte[] plain;
        try {
            byte[] cipherText = Base64.getDecoder().decode(encrypt.trim());
            if (cipherText.length == 0 || cipherText.length % 16 != 0) {
                return Optional.empty();
            }
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            plain = c.doFinal(cipherText);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > 32 || pad > plain.length) {
            return Optional.empty();
        }
        int end = plain.length - pad;
        if (end < 20) {
            return Optional.empty();
        }
        int len = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (len < 0 || len > end - 20) { // not 20 + len > end: that overflows for a length near Integer.MAX_VALUE
            return Optional.empty();
        }
        String from = new String(plain, 20 + len, end - 20 - len, StandardCharsets.UTF_8);
        if (!from.equals(receiveId)) {
            return Optional.empty();
        }
        return Optional.of(new String(plain, 20, len, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "WeChatFamilyCrypto[receiveId=" + receiveId + "]";
    }
}
