package io.kubemate.connectors.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/** Reading request bodies into trees, with a one-line reason when they are not JSON. */
public final class Json {

    private Json() {
    }

    public static JsonNode read(ObjectMapper mapper, byte[] raw, String what) {
        try {
            JsonNode node = mapper.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new MalformedRequestException(what + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException(what + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedRequestException(what + " could not be read: " + e.getMessage());
        }
    }

    public static JsonNode read(ObjectMapper mapper, String raw, String what) {
        return read(mapper, raw.getBytes(java.nio.charset.StandardCharsets.UTF_8), what);
    }

    /** The text at {@code path} (field names), or null when any step is missing or not text. */
    public static String text(JsonNode node, String... path) {
        JsonNode at = node;
        for (String name : path) {
            if (at == null) {
                return null;
            }
            at = at.get(name);
        }
        return at == null || at.isNull() || at.isContainerNode() ? null : at.asText();
    }
}
