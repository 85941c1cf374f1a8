package io.kubemate.connectors.feishu;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Feishu's event encryption: {@code encrypt = Base64(iv + AES-256-CBC(event JSON))} with key
 * {@code SHA-256(Encrypt Key)}, a random 16-byte IV in front and PKCS#7 padding; and the request signature
 * {@code X-Lark-Signature = hex(SHA-256(timestamp + nonce + Encrypt Key + raw body))}.
 */
public final class FeishuCrypto {

    private FeishuCrypto() {
    }

    /** The decrypted JSON, or empty when the ciphertext does not decrypt with this key. */
    public static Optional<String> decrypt(String encryptKey, String encrypt) {
        try {
            byte[] data = Base64.getDecoder().decode(encrypt);
            if (data.length < 32 || data.length % 16 != 0) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(sha256(encryptKey.getBytes(StandardCharsets.UTF_8)), "AES"),
                    new IvParameterSpec(Arrays.copyOf(data, 16)));
            return Optional.of(new String(cipher.doFinal(data, 16, data.length - 16), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String signature(String timestamp, String nonce, String encryptKey, byte[] rawBody) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((timestamp + nonce + encryptKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] sha256(byte[] data) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }
}
