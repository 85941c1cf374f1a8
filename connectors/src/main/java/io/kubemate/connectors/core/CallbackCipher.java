package io.kubemate.connectors.core;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The callback encryption WeCom and DingTalk share: {@code Base64(AES-256-CBC(random 16 bytes + 4-byte big-endian
 * length + message + owner))} with key {@code Base64Decode(EncodingAESKey + "=")}, IV the key's first 16 bytes,
 * PKCS#7 padding to 32-byte blocks, and {@code signature = hex(SHA-1(sort(token, timestamp, nonce, ciphertext)
 * joined))}. Who the owner must be (CorpID, AppKey) is the platform's check.
 */
public final class CallbackCipher {

    static final int BLOCK = 32;

    /** A decrypted callback: the message and the owner it was encrypted for. */
    public record Plain(String message, String owner) {
    }

    private final String platform;
    private final byte[] aesKey;

    /** {@code platform} names it in errors ("WeCom ciphertext does not decrypt"). */
    public CallbackCipher(String platform, String encodingAesKey) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("a " + platform + " EncodingAESKey has 43 characters");
        }
        this.platform = platform;
        this.aesKey = Base64.getDecoder().decode(encodingAesKey + "=");
    }

    /** The message and owner inside {@code ciphertext}, or a {@link MalformedRequestException} saying why not. */
    public Plain decrypt(String ciphertext) {
        byte[] plain;
        try {
            plain = unpad(cipher(Cipher.DECRYPT_MODE).doFinal(Base64.getDecoder().decode(ciphertext)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new MalformedRequestException(platform + " ciphertext does not decrypt");
        }
        if (plain.length < 20) {
            throw new MalformedRequestException(platform + " plaintext is too short");
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > plain.length) {
            throw new MalformedRequestException(platform + " plaintext length is wrong");
        }
        return new Plain(new String(plain, 20, length, StandardCharsets.UTF_8),
                new String(plain, 20 + length, plain.length - 20 - length, StandardCharsets.UTF_8));
    }

    /** {@code message} for {@code owner}, after the 16 {@code randomBytes}. */
    public String encrypt(String message, String owner, byte[] randomBytes) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] ownerBytes = owner.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(20 + text.length + ownerBytes.length);
        buffer.put(randomBytes, 0, 16).putInt(text.length).put(text).put(ownerBytes);
        try {
            return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE).doFinal(pad(buffer.array())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC/NoPadding is part of every JDK", e);
        }
    }

    /** {@code hex(SHA-1(sort(parts) joined))}. */
    public static String signature(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    private Cipher cipher(int mode) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(mode, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(Arrays.copyOf(aesKey, 16)));
        return cipher;
    }

    static byte[] pad(byte[] data) {
        int pad = BLOCK - data.length % BLOCK;
        byte[] padded = Arrays.copyOf(data, data.length + pad);
        Arrays.fill(padded, data.length, padded.length, (byte) pad);
        return padded;
    }

    static byte[] unpad(byte[] data) throws GeneralSecurityException {
        int pad = data.length == 0 ? 0 : data[data.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || pad > data.length) {
            throw new GeneralSecurityException("bad padding");
        }
        for (int i = data.length - pad; i < data.length; i++) {
            if ((data[i] & 0xff) != pad) {
                throw new GeneralSecurityException("bad padding");
            }
        }
        return Arrays.copyOf(data, data.length - pad);
    }
}
