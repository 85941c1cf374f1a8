package io.kubemate.bot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.ChatFailure;

/** Reads a request body ourselves so a bad one gets {@code {"error"}} with a reason, not a framework page. */
final class JsonBody {

    private JsonBody() {
    }

    static <T> T parse(ObjectMapper json, String raw, Class<T> type, String expected) {
        if (raw == null || raw.isBlank()) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "request body is empty: send " + expected);
        }
        try {
            T body = json.readValue(raw, type);
            if (body == null) {
                throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "request body is null: send " + expected);
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "request body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
