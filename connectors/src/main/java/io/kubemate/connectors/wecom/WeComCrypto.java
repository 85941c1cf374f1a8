package io.kubemate.connectors.wecom;

import io.kubemate.connectors.core.ConstantTime;
import io.kubemate.connectors.core.MalformedRequestException;

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
 * WeCom's callback encryption: {@code Base64(AES-256-CBC(random 16 bytes + 4-byte big-endian length + message +
 * receiveid))}, key {@code Base64Decode(EncodingAESKey + "=")}, IV the key's first 16 bytes, PKCS#7 padding to
 * 32-byte blocks; {@code msg_signature = hex(SHA-1(sort(token, timestamp, nonce, ciphertext) joined))}. The
 * receiveid is the CorpID for an internal app; a message for another corp is refused.
 */
public final class WeComCrypto {

    private static final int BLOCK = 32;

    private final byte[] aesKey;
    private final String corpId;

    public WeComCrypto(String encodingAesKey, String corpId) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("a WeCom EncodingAESKey has 43 characters");
        }
        this.aesKey = Base64.getDecoder().decode(encodingAesKey + "=");
        this.corpId = corpId;
    }

    /** The message inside {@code ciphertext}; a one-line reason when it does not decrypt or is for another corp. */
    public String decrypt(String ciphertext) {
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(Arrays.copyOf(aesKey, 16)));
            plain = unpad(cipher.doFinal(Base64.getDecoder().decode(ciphertext)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new MalformedRequestException("WeCom ciphertext does not decrypt");
        }
        if (plain.length < 20) {
            throw new MalformedRequestException("WeCom plaintext is too short");
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > plain.length) {
            throw new MalformedRequestException("WeCom plaintext length is wrong");
        }
        String receiveId = new String(plain, 20 + length, plain.length - 20 - length, StandardCharsets.UTF_8);
        if (!ConstantTime.equals(corpId, receiveId)) {
            throw new MalformedRequestException("WeCom message is for another corp (receiveid does not match)");
        }
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }

    static String signature(String token, String timestamp, String nonce, String ciphertext) {
        String[] parts = {token, timestamp, nonce, ciphertext};
        Arrays.sort(parts);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    private static byte[] unpad(byte[] data) throws GeneralSecurityException {
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
