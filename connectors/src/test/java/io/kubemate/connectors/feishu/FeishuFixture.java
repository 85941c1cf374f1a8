package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifierContract;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/** Feishu's encryption and signature written out with the JDK, apart from the production code. */
final class FeishuFixture {

    static final String ENCRYPT_KEY = "kubemate-encrypt-key-7Hq2";
    static final String VERIFICATION_TOKEN = "v3rificationT0kenXyZ";

    private FeishuFixture() {
    }

    static String encrypt(String key, String plaintext) throws Exception {
        byte[] aesKey = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        byte[] iv = "feishu-iv-16byte".getBytes(StandardCharsets.US_ASCII);
        Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(iv));
        byte[] ct = aes.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] all = new byte[16 + ct.length];
        System.arraycopy(iv, 0, all, 0, 16);
        System.arraycopy(ct, 0, all, 16, ct.length);
        return Base64.getEncoder().encodeToString(all);
    }

    /** {"encrypt": …} of {@code plaintext} as Feishu posts it. */
    static byte[] encryptedBody(String plaintext) throws Exception {
        return new ObjectMapper().createObjectNode().put("encrypt", encrypt(ENCRYPT_KEY, plaintext)).toString().getBytes(StandardCharsets.UTF_8);
    }

    static String signature(String timestamp, String nonce, String key, byte[] body) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(timestamp.getBytes(StandardCharsets.UTF_8));
        sha.update(nonce.getBytes(StandardCharsets.UTF_8));
        sha.update(key.getBytes(StandardCharsets.UTF_8));
        sha.update(body);
        return HexFormat.of().formatHex(sha.digest());
    }

    static RequestVerifierContract.Signed signed(String key, long timestamp, byte[] body) throws Exception {
        String ts = Long.toString(timestamp);
        return new RequestVerifierContract.Signed(body, RequestHeaders.of("X-Lark-Request-Timestamp", ts,
                "X-Lark-Request-Nonce", "1628476230", "X-Lark-Signature", signature(ts, "1628476230", key, body)));
    }

    /** A schema 2.0 event around {@code event}, with the header fields Feishu sends. */
    static String event(String eventId, String type, String token, String event) {
        return "{\"schema\":\"2.0\",\"header\":{\"event_id\":\"" + eventId + "\",\"event_type\":\"" + type + "\",\"create_time\":\"1764000000000\","
                + "\"token\":\"" + token + "\",\"app_id\":\"cli_a1b2c3d4e5f6\",\"tenant_key\":\"2ca1d211f64f6438\"},\"event\":" + event + "}";
    }
}
