package io.kubemate.connectors.wecom;

import io.kubemate.connectors.core.CallbackCipher;
import io.kubemate.connectors.core.ConstantTime;
import io.kubemate.connectors.core.MalformedRequestException;

/**
 * WeCom's callback encryption ({@link CallbackCipher}); the owner inside is the receiveid, the CorpID for an
 * internal app, and a message for another corp is refused.
 */
public final class WeComCrypto {

    private final CallbackCipher cipher;
    private final String corpId;

    public WeComCrypto(String encodingAesKey, String corpId) {
        this.cipher = new CallbackCipher("WeCom", encodingAesKey);
        this.corpId = corpId;
    }

    /** The message inside {@code ciphertext}; a one-line reason when it does not decrypt or is for another corp. */
    public String decrypt(String ciphertext) {
        CallbackCipher.Plain plain = cipher.decrypt(ciphertext);
        if (!ConstantTime.equals(corpId, plain.owner())) {
            throw new MalformedRequestException("WeCom message is for another corp (receiveid does not match)");
        }
        return plain.message();
    }

    static String signature(String token, String timestamp, String nonce, String ciphertext) {
        return CallbackCipher.signature(token, timestamp, nonce, ciphertext);
    }
}
