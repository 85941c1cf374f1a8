package io.kubemate.connectors.feishu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One frame of a Feishu long connection ({@code pbbp2.Frame}): {@code method} 0 is a control frame (ping, pong), 1 a
 * data frame (an event or a card callback) whose {@code payload} is the event JSON; {@code headers} carry the
 * {@code type}, {@code message_id}, {@code sum}/{@code seq} of a split message and {@code trace_id}.
 */
public record FeishuFrame(long seqId, long logId, int service, int method, List<Header> headers, String payloadEncoding,
                          String payloadType, byte[] payload, String logIdNew) {

    public static final int CONTROL = 0;
    public static final int DATA = 1;

    public record Header(String key, String value) {
    }

    public FeishuFrame {
        headers = List.copyOf(headers);
        payload = payload == null ? new byte[0] : payload.clone();
    }

    /** What a client sends every ping interval to keep the connection; {@code service} comes from the connection URL. */
    public static FeishuFrame ping(int service) {
        return new FeishuFrame(0, 0, service, CONTROL, List.of(new Header("type", "ping")), null, null, null, null);
    }

    /** The first value of a header, or null. */
    public String header(String key) {
        return headers.stream().filter(h -> h.key().equals(key)).map(Header::value).findFirst().orElse(null);
    }

    /** The same frame answered: the payload replaced and one header added, as Feishu expects an acknowledgement. */
    public FeishuFrame answer(String json, Header extra) {
        List<Header> answered = new ArrayList<>(headers);
        answered.add(extra);
        return new FeishuFrame(seqId, logId, service, method, answered, payloadEncoding, payloadType,
                json.getBytes(StandardCharsets.UTF_8), logIdNew);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeishuFrame f && seqId == f.seqId && logId == f.logId && service == f.service && method == f.method
                && headers.equals(f.headers) && Objects.equals(payloadEncoding, f.payloadEncoding)
                && Objects.equals(payloadType, f.payloadType) && Arrays.equals(payload, f.payload)
                && Objects.equals(logIdNew, f.logIdNew);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seqId, logId, service, method, headers, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "FeishuFrame[method=" + method + ", service=" + service + ", headers=" + headers + ", payload=" + payload.length + " bytes]";
    }
}
