package io.kubemate.connectors.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.MalformedRequestException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Socket Mode frames: {@code hello}, {@code disconnect}, and envelopes ({@code events_api},
 * {@code slash_commands}, {@code interactive}) whose payload is what the HTTP hooks receive — the same parser
 * reads it. Each envelope must be acknowledged with its {@code envelope_id} within three seconds.
 */
public final class SlackSocketFrames {

    /** What a frame asks: a {@code type}, the envelope to acknowledge (null for hello/disconnect) and its request. */
    public record Frame(String type, String envelopeId, InboundRequest request) {

        public boolean disconnect() {
            return "disconnect".equals(type);
        }
    }

    private final ObjectMapper json;
    private final SlackRequestParser parser;

    public SlackSocketFrames(ObjectMapper json) {
        this.json = json;
        this.parser = new SlackRequestParser(json);
    }

    public Frame read(String workspace, String text) {
        JsonNode frame = Json.read(json, text, "Slack Socket Mode frame");
        String type = String.valueOf(Json.text(frame, "type"));
        String envelope = Json.text(frame, "envelope_id");
        JsonNode payload = frame.path("payload");
        InboundRequest request = switch (type) {
            case "events_api" -> "event_callback".equals(Json.text(payload, "type"))
                    ? parser.event(workspace, payload) : new InboundRequest.Ignored("Slack event " + Json.text(payload, "type"));
            case "interactive" -> SlackRequestParser.interaction(workspace, payload);
            case "slash_commands" -> SlackRequestParser.slashCommand(workspace, fields(payload));
            case "hello", "disconnect" -> new InboundRequest.Ignored("Socket Mode " + type);
            default -> new InboundRequest.Ignored("Socket Mode frame " + type);
        };
        if (envelope == null && !type.equals("hello") && !type.equals("disconnect") && !(request instanceof InboundRequest.Ignored)) {
            throw new MalformedRequestException("Socket Mode " + type + " without envelope_id");
        }
        return new Frame(type, envelope, request);
    }

    /** A slash command's payload is the form of the HTTP request as a JSON object. */
    private static Map<String, String> fields(JsonNode payload) {
        Map<String, String> form = new LinkedHashMap<>();
        payload.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode()) {
                form.put(field.getKey(), field.getValue().asText());
            }
        });
        return form;
    }

    /** The acknowledgement Slack waits for. */
    public String ack(String envelopeId) {
        return json.createObjectNode().put("envelope_id", envelopeId).toString();
    }
}
