package io.kubemate.connectors.dingtalk;

import io.kubemate.connectors.core.Verification;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;
import java.util.Random;

import static io.kubemate.connectors.dingtalk.DingTalkCipherFixture.APP_KEY;
import static io.kubemate.connectors.dingtalk.DingTalkCipherFixture.ENCODING_AES_KEY;
import static io.kubemate.connectors.dingtalk.DingTalkCipherFixture.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DingTalkCryptoTest {

    private static final String MESSAGE = "{\"msgtype\":\"text\",\"text\":{\"content\":\"payment-api 为什么一直重启？\"}}";
    private final DingTalkCrypto crypto = new DingTalkCrypto(TOKEN, ENCODING_AES_KEY, APP_KEY, new Random(7));

    @Test
    void opens_a_callback_encrypted_and_signed_as_dingtalk_does() throws Exception {
        String encrypt = DingTalkCipherFixture.encrypt(MESSAGE, APP_KEY);
        String signature = DingTalkCipherFixture.sha1Signature(TOKEN, "1764000000", "nonce42", encrypt);
        DingTalkCrypto.Opened opened = crypto.open("ops-robot", signature, "1764000000", "nonce42", encrypt);
        assertEquals(new Verification.Verified("ops-robot"), opened.verification());
        assertEquals(MESSAGE, opened.plaintext());
    }

    @Test
    void rejects_a_wrong_signature() throws Exception {
        String encrypt = DingTalkCipherFixture.encrypt(MESSAGE, APP_KEY);
        String signature = DingTalkCipherFixture.sha1Signature("another-token", "1764000000", "nonce42", encrypt);
        assertEquals(Verification.Reason.BAD_SIGNATURE, rejected(crypto.open("r", signature, "1764000000", "nonce42", encrypt)).reason());
    }

    @Test
    void rejects_a_tampered_ciphertext_even_when_re_signed_without_the_key() throws Exception {
        byte[] bytes = Base64.getDecoder().decode(DingTalkCipherFixture.encrypt(MESSAGE, APP_KEY));
        bytes[bytes.length - 1] ^= 0x5a;
        String tampered = Base64.getEncoder().encodeToString(bytes);
        String signature = DingTalkCipherFixture.sha1Signature(TOKEN, "1764000000", "nonce42", tampered);
        Verification.Rejected rejected = rejected(crypto.open("r", signature, "1764000000", "nonce42", tampered));
        assertEquals(Verification.Reason.MALFORMED, rejected.reason(), rejected.detail());
    }

    @Test
    void rejects_a_message_for_another_app() throws Exception {
        String encrypt = DingTalkCipherFixture.encrypt(MESSAGE, "dingotherapp000000");
        String signature = DingTalkCipherFixture.sha1Signature(TOKEN, "1764000000", "n", encrypt);
        assertEquals(Verification.Reason.BAD_TOKEN, rejected(crypto.open("r", signature, "1764000000", "n", encrypt)).reason());
    }

    @Test
    void rejects_a_callback_without_signature() {
        assertEquals(Verification.Reason.MISSING_CREDENTIALS, rejected(crypto.open("r", null, "1", "n", "x")).reason());
    }

    @Test
    void the_success_reply_decrypts_to_success_and_carries_a_valid_signature() throws Exception {
        Map<String, String> reply = crypto.reply("success", "1764000000", "nonce42");
        assertEquals("success", DingTalkCipherFixture.decrypt(reply.get("encrypt")));
        assertEquals(DingTalkCipherFixture.sha1Signature(TOKEN, "1764000000", "nonce42", reply.get("encrypt")), reply.get("msg_signature"));
        assertEquals("1764000000", reply.get("timeStamp"));
    }

    @Test
    void refuses_an_encoding_aes_key_of_the_wrong_length() {
        assertThrows(IllegalArgumentException.class, () -> new DingTalkCrypto(TOKEN, "short", APP_KEY));
    }

    private static Verification.Rejected rejected(DingTalkCrypto.Opened opened) {
        return assertInstanceOf(Verification.Rejected.class, opened.verification());
    }
}
