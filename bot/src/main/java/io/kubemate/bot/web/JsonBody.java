package io.kubemate.bot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.ChatFailure;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a request body ourselves so a bad one gets {@code {"error"}} with a reason, not a framework page. */
final class JsonBody {

    private JsonBody() {
    }

    static <T> T parse(ObjectMapper json, byte[] raw, Class<T> type, String expected) {
        String text = utf8(raw);
        if (text.isBlank()) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "request body is empty: send " + expected);
        }
        try {
            T body = json.readValue(text, type);
            if (body == null) {
                throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "request body is null: send " + expected);
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Strict UTF-8: a malformed byte is a bad request, not a replacement character passed on. */
    private static String utf8(byte[] raw) {
        if (raw == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "request body is not valid UTF-8");
        }
    }
}
