package io.github.mediaops.connector.wechat;

import io.github.mediaops.core.InvalidValueException;
import io.github.mediaops.core.connector.Secret;
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
 * WeChat message-push safe mode decryption: AES-256-CBC with key = Base64(EncodingAESKey + "="), IV =
 * the first 16 key bytes, PKCS#7 padding to 32-byte blocks; plaintext = 16 random bytes, 4-byte
 * big-endian message length, message, appid (official "message encryption and decryption" guide,
 * {@code platform-apis.md} §1.6).
 */
final class WeChatCrypto {
    private final byte[] key;
    private final String appId;

    WeChatCrypto(Secret encodingAesKey, String appId) {
        if (encodingAesKey.length() != 43) {
            throw new InvalidValueException("credentials.encodingAesKey", "EncodingAESKey must have 43 characters (had "
                    + encodingAesKey.length() + ")");
        }
        try {
            this.key = Base64.getDecoder().decode(encodingAesKey.reveal() + "=");
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("credentials.encodingAesKey", "EncodingAESKey is not Base64");
        }
        this.appId = appId;
    }

    /** The decrypted message, or empty when the ciphertext, padding, length or appid is wrong. */
    Optional<String> decrypt(String encrypt) {
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
        if (!from.equals(appId)) {
            return Optional.empty();
        }
        return Optional.of(new String(plain, 20, len, StandardCharsets.UTF_8));
    }
}
