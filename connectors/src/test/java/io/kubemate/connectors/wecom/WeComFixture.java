package io.kubemate.connectors.wecom;

import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifierContract;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** WeCom's callback encryption and signature written out with the JDK, apart from the production code. */
final class WeComFixture {

    static final String ENCODING_AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final String TOKEN = "QDG6eK";
    static final String CORP_ID = "wx5823bf96d3bd56c7";

    private WeComFixture() {
    }

    static String encrypt(String message, String receiveId) throws Exception {
        byte[] key = Base64.getDecoder().decode(ENCODING_AES_KEY + "=");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        plain.writeBytes("a1b2c3d4e5f6g7h8".getBytes(StandardCharsets.US_ASCII));
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        plain.writeBytes(new byte[]{(byte) (msg.length >>> 24), (byte) (msg.length >>> 16), (byte) (msg.length >>> 8), (byte) msg.length});
        plain.writeBytes(msg);
        plain.writeBytes(receiveId.getBytes(StandardCharsets.UTF_8));
        int pad = 32 - plain.size() % 32;
        for (int i = 0; i < pad; i++) {
            plain.write(pad);
        }
        Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
        return Base64.getEncoder().encodeToString(aes.doFinal(plain.toByteArray()));
    }

    static String signature(String... parts) throws Exception {
        String joined = Stream.of(parts).sorted().collect(Collectors.joining());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.UTF_8)));
    }

    static String envelope(String encrypt) {
        return "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
    }

    /** The body and query parameters WeCom posts for {@code messageXml}, signed with {@code token}. */
    static RequestVerifierContract.Signed post(String token, long timestamp, String messageXml) throws Exception {
        String encrypt = encrypt(messageXml, CORP_ID);
        String ts = Long.toString(timestamp);
        return new RequestVerifierContract.Signed(envelope(encrypt).getBytes(StandardCharsets.UTF_8),
                RequestHeaders.of("msg_signature", signature(token, ts, "1372623149", encrypt), "timestamp", ts, "nonce", "1372623149"));
    }

    static String text(String content, String msgId) {
        return "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName>"
                + "<CreateTime>1764000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content + "]]></Content>"
                + "<MsgId>" + msgId + "</MsgId><AgentID>1000002</AgentID></xml>";
    }
}
