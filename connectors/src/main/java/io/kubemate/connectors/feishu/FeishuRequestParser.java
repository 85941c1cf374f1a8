package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.MalformedRequestException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a verified Feishu event-subscription request: the URL-verification challenge, {@code im.message.receive_v1}
 * (text messages from people; in groups Feishu delivers only messages that mention the bot) and
 * {@code card.action.trigger} (a card button; its {@code value} holds {@code kubemate_action} and {@code id}). The
 * event's {@code header.event_id} is the de-duplication key: Feishu redelivers with the same id.
 */
public final class FeishuRequestParser {

    public static final String PLATFORM = "feishu";
    static final String ACTION = "kubemate_action";
    static final String ID = "id";
    static final String THREAD = "thread";
    private static final Pattern MENTION = Pattern.compile("@_user_\\d+");

    private final Map<String, String> encryptKeys;
    private final ObjectMapper json;

    /** {@code encryptKeys}: app (account) name → its Encrypt Key. */
    public FeishuRequestParser(Map<String, String> encryptKeys, ObjectMapper json) {
        this.encryptKeys = new LinkedHashMap<>(encryptKeys);
        this.json = json;
    }

    public InboundRequest parse(String account, byte[] rawBody) {
        JsonNode body = Json.read(json, rawBody, "Feishu event body");
        if (body.hasNonNull("encrypt")) {
            String key = encryptKeys.get(account);
            String plain = key == null ? null : FeishuCrypto.decrypt(key, body.path("encrypt").asText()).orElse(null);
            if (plain == null) {
                throw new MalformedRequestException("Feishu event does not decrypt with the Encrypt Key of " + account);
            }
            body = Json.read(json, plain, "decrypted Feishu event");
        }
        if ("url_verification".equals(Json.text(body, "type"))) {
            String challenge = Json.text(body, "challenge");
            if (challenge == null) {
                throw new MalformedRequestException("url_verification without challenge");
            }
            return new InboundRequest.Challenge(json.createObjectNode().put("challenge", challenge).toString(), "application/json");
        }
        String eventId = Json.text(body, "header", "event_id");
        String type = Json.text(body, "header", "event_type");
        if (eventId == null || type == null) {
            throw new MalformedRequestException("Feishu event without header.event_id or header.event_type (only schema 2.0 is read)");
        }
        return switch (type) {
            case "im.message.receive_v1" -> message(account, eventId, body.path("event"));
            case "card.action.trigger" -> cardAction(account, eventId, body.path("event"));
            default -> new InboundRequest.Ignored("Feishu event " + type);
        };
    }

    private InboundRequest message(String account, String eventId, JsonNode event) {
        if (!"user".equals(Json.text(event, "sender", "sender_type"))) {
            return new InboundRequest.Ignored("Feishu message from " + Json.text(event, "sender", "sender_type"));
        }
        JsonNode message = event.path("message");
        if (!"text".equals(Json.text(message, "message_type"))) {
            return new InboundRequest.Ignored("Feishu message type " + Json.text(message, "message_type"));
        }
        String content = Json.text(message, "content");
        String text = content == null ? "" : String.valueOf(Json.text(Json.read(json, content, "Feishu message content"), "text"));
        String root = Json.text(message, "root_id");
        String thread = root == null || root.isBlank() ? Json.text(message, "message_id") : root;
        return new InboundRequest.Received(new InboundMessage(PLATFORM, account, Json.text(message, "chat_id"), thread,
                Json.text(event, "sender", "sender_id", "open_id"), MENTION.matcher(text).replaceAll("").strip(), eventId));
    }

    private static InboundRequest cardAction(String account, String eventId, JsonNode event) {
        JsonNode value = event.path("action").path("value");
        String action = Json.text(value, ACTION);
        String id = Json.text(value, ID);
        InboundAction.Decision decision = action == null ? null : switch (action) {
            case "confirm" -> InboundAction.Decision.CONFIRM;
            case "cancel" -> InboundAction.Decision.CANCEL;
            case "choice" -> InboundAction.Decision.CHOICE;
            default -> null;
        };
        String user = Json.text(event, "operator", "open_id");
        if (decision == null || id == null || user == null) {
            return new InboundRequest.Ignored("Feishu card action " + action);
        }
        boolean choice = decision == InboundAction.Decision.CHOICE;
        // Confirm/Cancel belong to the thread the proposal was made in (the sender wrote it into the button); a choice
        // on a card outside any thread opens a thread under that card.
        String thread = Json.text(value, THREAD);
        if (thread == null && choice) {
            thread = Json.text(event, "context", "open_message_id");
        }
        return new InboundRequest.Received(new InboundAction(PLATFORM, account, Json.text(event, "context", "open_chat_id"),
                thread, user, choice ? null : id, choice ? id : null, decision, eventId));
    }
}
