package io.kubemate.connectors.dingtalk;

import io.kubemate.connectors.core.ConstantTime;
import io.kubemate.connectors.core.Verification;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * DingTalk's callback encryption ("回调加解密"): {@code encrypt = Base64(AES-256-CBC(random 16 bytes + 4-byte
 * big-endian length + message + ownerKey))} with key {@code Base64Decode(EncodingAESKey + "=")}, IV the key's first
 * 16 bytes, PKCS#7 padding to 32-byte blocks; {@code signature = hex(SHA-1(sort(token, timestamp, nonce, encrypt)
 * joined))} sent in the query string. The owner key is the AppKey (CorpId for older corp callbacks, SuiteKey for ISV
 * apps); a message for another owner is refused.
 */
public final class DingTalkCrypto {

    static final int BLOCK = 32;

    /** A callback opened: verified with its plain JSON, or rejected. */
    public record Opened(Verification verification, String plaintext) {
    }

    private final String token;
    private final byte[] aesKey;
    private final String ownerKey;
    private final RandomGenerator random;

    public DingTalkCrypto(String token, String encodingAesKey, String ownerKey) {
        this(token, encodingAesKey, ownerKey, new SecureRandom());
    }

    DingTalkCrypto(String token, String encodingAesKey, String ownerKey, RandomGenerator random) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("a DingTalk EncodingAESKey has 43 characters");
        }
        this.token = token;
        this.aesKey = Base64.getDecoder().decode(encodingAesKey + "=");
        this.ownerKey = ownerKey;
        this.random = random;
    }

    /** Checks the signature over {@code encrypt}, then decrypts it; {@code account} names the configured robot. */
    public Opened open(String account, String signature, String timestamp, String nonce, String encrypt) {
        if (signature == null || timestamp == null || nonce == null || encrypt == null) {
            return new Opened(Verification.rejected(Verification.Reason.MISSING_CREDENTIALS,
                    "an encrypted DingTalk callback needs signature, timestamp, nonce and encrypt"), null);
        }
        if (!ConstantTime.equals(signature(token, timestamp, nonce, encrypt), signature.trim())) {
            return new Opened(Verification.rejected(Verification.Reason.BAD_SIGNATURE,
                    "DingTalk callback signature does not match the ciphertext"), null);
        }
        byte[] plain;
        try {
            plain = unpad(cipher(Cipher.DECRYPT_MODE).doFinal(Base64.getDecoder().decode(encrypt)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return new Opened(Verification.rejected(Verification.Reason.MALFORMED, "DingTalk ciphertext does not decrypt"), null);
        }
        if (plain.length < 20) {
            return new Opened(Verification.rejected(Verification.Reason.MALFORMED, "DingTalk plaintext is too short"), null);
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > plain.length) {
            return new Opened(Verification.rejected(Verification.Reason.MALFORMED, "DingTalk plaintext length is wrong"), null);
        }
        String message = new String(plain, 20, length, StandardCharsets.UTF_8);
        String owner = new String(plain, 20 + length, plain.length - 20 - length, StandardCharsets.UTF_8);
        if (!ConstantTime.equals(ownerKey, owner)) {
            return new Opened(Verification.rejected(Verification.Reason.BAD_TOKEN,
                    "DingTalk callback is for another app (owner key does not match)"), null);
        }
        return new Opened(Verification.verified(account), message);
    }

    /** The JSON DingTalk expects in answer to every event callback: {@code "success"} encrypted and signed. */
    public Map<String, String> reply(String plaintext, String timestamp, String nonce) {
        byte[] message = plaintext.getBytes(StandardCharsets.UTF_8);
        byte[] owner = ownerKey.getBytes(StandardCharsets.UTF_8);
        byte[] randomBytes = new byte[16];
        random.nextBytes(randomBytes);
        ByteBuffer buffer = ByteBuffer.allocate(20 + message.length + owner.length);
        buffer.put(randomBytes).putInt(message.length).put(message).put(owner);
        String encrypt;
        try {
            encrypt = Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE).doFinal(pad(buffer.array())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC/NoPadding is part of every JDK", e);
        }
        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("msg_signature", signature(token, timestamp, nonce, encrypt));
        reply.put("timeStamp", timestamp);
        reply.put("nonce", nonce);
        reply.put("encrypt", encrypt);
        return reply;
    }

    static String signature(String... parts) {
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
