package io.kubemate.connectors.wecom;

import io.kubemate.connectors.core.CallbackCipherFixture;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifierContract;

import java.nio.charset.StandardCharsets;

/** WeCom's callback keys, envelopes and signed posts, encrypted by the JDK-only fixture. */
final class WeComFixture {

    static final String ENCODING_AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final String TOKEN = "QDG6eK";
    static final String CORP_ID = "wx5823bf96d3bd56c7";

    private WeComFixture() {
    }

    static String encrypt(String message, String receiveId) throws Exception {
        return CallbackCipherFixture.encrypt(ENCODING_AES_KEY, "a1b2c3d4e5f6g7h8", message, receiveId);
    }

    static String signature(String... parts) throws Exception {
        return CallbackCipherFixture.signature(parts);
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
