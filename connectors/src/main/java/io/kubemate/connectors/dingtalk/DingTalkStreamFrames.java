package io.kubemate.connectors.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Json;

/**
 * The frames of a DingTalk Stream mode connection: {@code SYSTEM} ({@code ping}, answered with its own data;
 * {@code disconnect}, after which the client reconnects) and {@code CALLBACK} for the robot topic, whose {@code data}
 * is the robot message JSON the HTTP callback would carry, unencrypted (the connection itself is authenticated).
 * Every frame with a {@code messageId} is acknowledged at once.
 */
public final class DingTalkStreamFrames {

    public static final String ROBOT_TOPIC = "/v1.0/im/bot/messages/get";

    /**
     * One frame: what to answer ({@code reply}, null for none), whether the server asks to reconnect, and the robot
     * request it carries (null for none).
     */
    public record Frame(String reply, boolean disconnect, InboundRequest request) {
    }

    private final ObjectMapper json;
    private final DingTalkRequestParser parser;

    public DingTalkStreamFrames(ObjectMapper json) {
        this.json = json;
        this.parser = new DingTalkRequestParser(json);
    }

    public Frame read(String robot, String raw) {
        JsonNode frame = Json.read(json, raw, "DingTalk stream frame");
        String type = Json.text(frame, "type");
        String topic = Json.text(frame, "headers", "topic");
        String messageId = Json.text(frame, "headers", "messageId");
        if ("SYSTEM".equals(type)) {
            if ("ping".equals(topic)) {
                return new Frame(answer(messageId, frame.path("data").asText("")), false, null);
            }
            return new Frame(null, "disconnect".equals(topic), null);
        }
        String ack = messageId == null ? null : answer(messageId, "{\"response\":null}");
        if ("CALLBACK".equals(type) && ROBOT_TOPIC.equals(topic)) {
            return new Frame(ack, false, parser.parse(robot, frame.path("data").asText("")));
        }
        return new Frame(ack, false, new InboundRequest.Ignored("DingTalk stream " + type + " " + topic));
    }

    private String answer(String messageId, String data) {
        ObjectNode answer = json.createObjectNode().put("code", 200);
        answer.putObject("headers").put("contentType", "application/json").put("messageId", messageId);
        return answer.put("message", "OK").put("data", data).toString();
    }
}
