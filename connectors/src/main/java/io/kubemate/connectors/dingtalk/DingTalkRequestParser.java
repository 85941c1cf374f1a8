package io.kubemate.connectors.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.MalformedRequestException;

import java.util.Locale;

/**
 * Reads a verified (and decrypted) DingTalk callback: a robot message ({@code msgtype}, {@code conversationId},
 * {@code senderStaffId}, {@code msgId}), a button press of an ActionCard (the card's button makes the person send
 * {@code /kubemate confirm <id>}, see {@link DingTalkActionCardRenderer}), or an interactive-card callback
 * ({@code outTrackId}, {@code userId}, {@code content.cardPrivateData.params}). The {@code check_url} event and
 * other events are ignored; the endpoint answers each with {@link DingTalkCrypto#reply}.
 */
public final class DingTalkRequestParser {

    public static final String PLATFORM = "dingtalk";
    static final String COMMAND = "/kubemate ";
    /** The channel of a one-to-one chat: {@code user:<staffId>}, where the robot answers that person directly. */
    public static final String PERSON = "user:";
    private static final String ONE_TO_ONE = "1";

    private final ObjectMapper json;

    public DingTalkRequestParser(ObjectMapper json) {
        this.json = json;
    }

    /** {@code account}: the configured robot whose credentials verified the request; {@code plaintext}: its JSON. */
    public InboundRequest parse(String account, String plaintext) {
        JsonNode body = Json.read(json, plaintext, "DingTalk callback body");
        if (body.hasNonNull("EventType")) {
            return new InboundRequest.Ignored("DingTalk event " + Json.text(body, "EventType"));
        }
        if (body.hasNonNull("outTrackId")) {
            return cardCallback(account, body);
        }
        if (!body.hasNonNull("msgtype")) {
            throw new MalformedRequestException("DingTalk callback is neither a robot message nor a card callback");
        }
        return robotMessage(account, body);
    }

    private static InboundRequest robotMessage(String account, JsonNode body) {
        String msgId = Json.text(body, "msgId");
        String conversation = Json.text(body, "conversationId");
        String user = Json.text(body, "senderStaffId") != null ? Json.text(body, "senderStaffId") : Json.text(body, "senderId");
        if (msgId == null || conversation == null || user == null) {
            throw new MalformedRequestException("DingTalk robot message without msgId, conversationId or sender");
        }
        if (!"text".equals(Json.text(body, "msgtype"))) {
            return new InboundRequest.Ignored("DingTalk message type " + Json.text(body, "msgtype"));
        }
        // A one-to-one chat has no group to post to: the robot answers the person.
        String staffId = Json.text(body, "senderStaffId");
        if (ONE_TO_ONE.equals(Json.text(body, "conversationType")) && staffId != null) {
            conversation = PERSON + staffId;
        }
        String text = String.valueOf(Json.text(body, "text", "content")).strip();
        if (text.toLowerCase(Locale.ROOT).startsWith(COMMAND)) {
            String[] words = text.substring(COMMAND.length()).strip().split("\\s+", 2);
            InboundAction.Decision decision = decision(words[0]);
            if (decision != null && words.length == 2) {
                return action(account, conversation, user, decision, words[1].strip(), "msg:" + msgId);
            }
        }
        return new InboundRequest.Received(new InboundMessage(PLATFORM, account, conversation, null, user, text, msgId));
    }

    private InboundRequest cardCallback(String account, JsonNode body) {
        String content = Json.text(body, "content");
        JsonNode params = content == null ? json.missingNode()
                : Json.read(json, content, "DingTalk card callback content").path("cardPrivateData").path("params");
        String user = Json.text(body, "userId");
        String action = Json.text(params, "action");
        String value = Json.text(params, "value");
        InboundAction.Decision decision = action == null ? null : decision(action);
        if (decision == null || value == null || user == null) {
            return new InboundRequest.Ignored("DingTalk card action " + action);
        }
        String space = Json.text(body, "spaceId") != null ? Json.text(body, "spaceId") : Json.text(body, "outTrackId");
        return action(account, space, user, decision, value, "card:" + Json.text(body, "outTrackId") + ":" + user + ":" + action + ":" + value);
    }

    private static InboundRequest action(String account, String channel, String user, InboundAction.Decision decision,
                                         String value, String eventId) {
        boolean choice = decision == InboundAction.Decision.CHOICE;
        return new InboundRequest.Received(new InboundAction(PLATFORM, account, channel, null, user,
                choice ? null : value, choice ? value : null, decision, eventId));
    }

    private static InboundAction.Decision decision(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "confirm" -> InboundAction.Decision.CONFIRM;
            case "cancel" -> InboundAction.Decision.CANCEL;
            case "choice" -> InboundAction.Decision.CHOICE;
            default -> null;
        };
    }
}
