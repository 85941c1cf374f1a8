package io.kubemate.connectors.dingtalk;

import io.kubemate.connectors.core.CallbackCipher;
import io.kubemate.connectors.core.ConstantTime;
import io.kubemate.connectors.core.MalformedRequestException;
import io.kubemate.connectors.core.Verification;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * DingTalk's callback encryption ("回调加解密", the scheme of {@link CallbackCipher}) with the signature in the query
 * string. The owner key is the AppKey (CorpId for older corp callbacks, SuiteKey for ISV apps); a message for another
 * owner is refused.
 */
public final class DingTalkCrypto {

    /** A callback opened: verified with its plain JSON, or rejected. */
    public record Opened(Verification verification, String plaintext) {
    }

    private final String token;
    private final CallbackCipher cipher;
    private final String ownerKey;
    private final RandomGenerator random;

    public DingTalkCrypto(String token, String encodingAesKey, String ownerKey) {
        this(token, encodingAesKey, ownerKey, new SecureRandom());
    }

    DingTalkCrypto(String token, String encodingAesKey, String ownerKey, RandomGenerator random) {
        this.token = token;
        this.cipher = new CallbackCipher("DingTalk", encodingAesKey);
        this.ownerKey = ownerKey;
        this.random = random;
    }

    /** Checks the signature over {@code encrypt}, then decrypts it; {@code account} names the configured robot. */
    public Opened open(String account, String signature, String timestamp, String nonce, String encrypt) {
        if (signature == null || timestamp == null || nonce == null || encrypt == null) {
            return new Opened(Verification.rejected(Verification.Reason.MISSING_CREDENTIALS,
                    "an encrypted DingTalk callback needs signature, timestamp, nonce and encrypt"), null);
        }
        if (!ConstantTime.equals(CallbackCipher.signature(token, timestamp, nonce, encrypt), signature.trim())) {
            return new Opened(Verification.rejected(Verification.Reason.BAD_SIGNATURE,
                    "DingTalk callback signature does not match the ciphertext"), null);
        }
        CallbackCipher.Plain plain;
        try {
            plain = cipher.decrypt(encrypt);
        } catch (MalformedRequestException e) {
            return new Opened(Verification.rejected(Verification.Reason.MALFORMED, e.getMessage()), null);
        }
        if (!ConstantTime.equals(ownerKey, plain.owner())) {
            return new Opened(Verification.rejected(Verification.Reason.BAD_TOKEN,
                    "DingTalk callback is for another app (owner key does not match)"), null);
        }
        return new Opened(Verification.verified(account), plain.message());
    }

    /** The JSON DingTalk expects in answer to every event callback: {@code "success"} encrypted and signed. */
    public Map<String, String> reply(String plaintext, String timestamp, String nonce) {
        byte[] randomBytes = new byte[16];
        random.nextBytes(randomBytes);
        String encrypt = cipher.encrypt(plaintext, ownerKey, randomBytes);
        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("msg_signature", CallbackCipher.signature(token, timestamp, nonce, encrypt));
        reply.put("timeStamp", timestamp);
        reply.put("nonce", nonce);
        reply.put("encrypt", encrypt);
        return reply;
    }
}
