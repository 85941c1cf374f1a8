package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.MalformedRequestException;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the frames of one Feishu long connection: pongs (which may carry a new client configuration), and data frames
 * of type {@code event} or {@code card} whose payload is the same event JSON the HTTP callback carries, unencrypted
 * (the connection itself is authenticated). A payload split over {@code sum} frames is joined by {@code message_id}
 * once every {@code seq} has arrived; only the frame completing it is answered, as the official client does.
 */
public final class FeishuLongConnectionFrames {

    static final Duration PARTS_KEPT = Duration.ofMinutes(5);
    static final int MAX_PENDING = 64;
    static final int MAX_PARTS = 64;

    /** What one received frame means. */
    public sealed interface Incoming {
    }

    /** A complete event to hand on; {@code frame} is what to answer. */
    public record Event(FeishuFrame frame, InboundRequest request) implements Incoming {
    }

    /** A complete data message whose event does not read; answered as failed. */
    public record Unreadable(FeishuFrame frame, String reason) implements Incoming {
    }

    /** A pong; {@code config} is null when it carries none. */
    public record Pong(FeishuClientConfig config) implements Incoming {
    }

    /** Nothing to do now: a part waiting for the others, a ping, an unknown control frame. */
    public record Nothing(String why) implements Incoming {
    }

    private record Parts(byte[][] parts, Instant first) {
    }

    private final ObjectMapper json;
    private final FeishuRequestParser parser;
    private final Clock clock;
    private final Map<String, Parts> pending = new LinkedHashMap<>();

    public FeishuLongConnectionFrames(ObjectMapper json, Clock clock) {
        this.json = json;
        this.parser = new FeishuRequestParser(Map.of(), json);
        this.clock = clock;
    }

    /**
     * {@code app}: the configured app's name; {@code config}: the configuration in force, which a pong updates.
     * Bytes that are not a frame, or a data frame without its headers, are refused with a one-line reason.
     */
    public synchronized Incoming read(String app, byte[] bytes, FeishuClientConfig config) {
        FeishuFrame frame = FeishuFrameCodec.decode(bytes);
        String type = frame.header("type");
        if (frame.method() == FeishuFrame.CONTROL) {
            if ("pong".equals(type) && frame.payload().length > 0) {
                return new Pong(config.updatedBy(Json.read(json, frame.payload(), "Feishu pong configuration")));
            }
            return "pong".equals(type) ? new Pong(null) : new Nothing("control frame " + type);
        }
        if (frame.method() != FeishuFrame.DATA) {
            return new Nothing("frame method " + frame.method());
        }
        byte[] payload = joined(frame);
        if (payload == null) {
            return new Nothing("part " + frame.header("seq") + " of " + frame.header("message_id"));
        }
        if (!"event".equals(type) && !"card".equals(type)) {
            return new Event(frame, new InboundRequest.Ignored("Feishu long-connection message type " + type));
        }
        try {
            InboundRequest request = parser.parse(app, payload);
            return request instanceof InboundRequest.Challenge ? new Event(frame, new InboundRequest.Ignored("challenge over the long connection"))
                    : new Event(frame, request);
        } catch (MalformedRequestException e) {
            return new Unreadable(frame, e.getMessage());
        }
    }

    /** The acknowledgement Feishu waits for: the frame sent back with {@code {"code":…}} and the handling time. */
    public byte[] answer(FeishuFrame frame, int code, Duration took) {
        String body = json.createObjectNode().put("code", code).toString();
        return FeishuFrameCodec.encode(frame.answer(body, new FeishuFrame.Header("biz_rt", Long.toString(took.toMillis()))));
    }

    /** The whole payload, or null while parts are missing. */
    private byte[] joined(FeishuFrame frame) {
        String messageId = frame.header("message_id");
        int sum = number(frame, "sum", 1);
        int seq = number(frame, "seq", 0);
        if (sum <= 1) {
            return frame.payload();
        }
        if (messageId == null || sum > MAX_PARTS || seq < 0 || seq >= sum) {
            throw new MalformedRequestException("Feishu frame part " + seq + " of " + sum + " for message " + messageId);
        }
        Instant now = clock.instant();
        forgetOld(now);
        Parts parts = pending.computeIfAbsent(messageId, id -> new Parts(new byte[sum][], now));
        if (parts.parts().length != sum) {
            throw new MalformedRequestException("Feishu message " + messageId + " announced " + parts.parts().length + " parts, now " + sum);
        }
        parts.parts()[seq] = frame.payload();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (byte[] part : parts.parts()) {
            if (part == null) {
                return null;
            }
            whole.writeBytes(part);
        }
        pending.remove(messageId);
        return whole.toByteArray();
    }

    private void forgetOld(Instant now) {
        Iterator<Parts> oldest = pending.values().iterator();
        while (oldest.hasNext()) {
            Parts parts = oldest.next();
            if (pending.size() < MAX_PENDING && parts.first().plus(PARTS_KEPT).isAfter(now)) {
                return;
            }
            oldest.remove();
        }
    }

    private static int number(FeishuFrame frame, String header, int absent) {
        String value = frame.header(header);
        try {
            return value == null ? absent : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException("Feishu frame header " + header + " is not a number: " + value);
        }
    }
}
