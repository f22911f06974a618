package io.github.mediaops.connector.wechat.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sending side of the WeChat family's message crypto, shared by the simulators of the Official Account, WeCom
 * and Channels (Weixin Store): the signatures and the safe-mode frame as WeChat's and WeCom's
 * "message encryption" guides document them ({@code platform-apis.md} §1.6, {@code platform-apis-2.md} §1.3, §9).
 * Written independently of the connectors' receiving side ({@code connector-support}'s {@code WeChatFamilyCrypto}),
 * so that a test of one against the other checks both.
 *
 * <ul>
 *   <li>{@link #sha1Sorted}: {@code signature = sha1(sort(token, timestamp, nonce))} and
 *       {@code msg_signature = sha1(sort(token, timestamp, nonce, encrypted))}, lower-case hex;</li>
 *   <li>{@link #frame}: 16 random bytes, the message length as 4 bytes big-endian, the message (UTF-8), the
 *       receive id (appId or CorpID), PKCS#7 padding to 32-byte blocks;</li>
 *   <li>{@link #encrypt}: Base64(AES-256-CBC(frame)), key Base64(EncodingAESKey + "="), IV its first 16 bytes.</li>
 * </ul>
 */
public final class WeChatFamilyFrames {
    private WeChatFamilyFrames() {
    }

    /** {@code sha1} of the parts sorted and joined, in lower-case hex. */
    public static String sha1Sorted(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }

    /** The padded plaintext of {@code message} for {@code receiveId}, behind the 16 bytes {@code prefix}. */
    public static byte[] frame(byte[] prefix, String message, String receiveId) {
        if (prefix.length != 16) {
            throw new IllegalArgumentException("prefix must have 16 bytes (had " + prefix.length + ")");
        }
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] id = receiveId.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + msg.length + id.length;
        int pad = 32 - unpadded % 32;
        ByteBuffer b = ByteBuffer.allocate(unpadded + pad).put(prefix).putInt(msg.length).put(msg).put(id);
        while (b.hasRemaining()) {
            b.put((byte) pad);
        }
        return b.array();
    }

    /** {@code frame} encrypted as is (no padding added: its length must be a positive multiple of 16), in Base64. */
    public static String encrypt(String encodingAesKey, byte[] frame) {
        if (frame.length == 0 || frame.length % 16 != 0) {
            throw new IllegalArgumentException("frame length must be a positive multiple of 16 (was " + frame.length + ")");
        }
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            return Base64.getEncoder().encodeToString(c.doFinal(frame));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC unavailable", e);
        }
    }
}
