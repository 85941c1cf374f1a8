package io.kubemate.connectors.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.MalformedRequestException;

import java.util.regex.Pattern;

/**
 * Reads a verified Bot Framework activity from Teams: a {@code message} with text (the bot's {@code <at>…</at>}
 * mention and HTML tags removed), or a {@code message} whose {@code value} is the {@code data} of an Adaptive Card
 * {@code Action.Submit} ({@code kubemate_action}, {@code id}). The channel is {@code conversation.id}, which in a Teams
 * channel already names the thread ({@code …;messageid=…}), so a click and the card it is on share one conversation.
 * The activity {@code id} is the de-duplication key. Other activity types are ignored.
 */
public final class TeamsActivityParser {

    public static final String PLATFORM = "teams";
    static final String ACTION = "kubemate_action";
    static final String ID = "id";
    private static final Pattern MENTION = Pattern.compile("<at>[^<]*</at>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final ObjectMapper json;

    public TeamsActivityParser(ObjectMapper json) {
        this.json = json;
    }

    /** {@code account}: the configured bot whose app id the token was issued for. */
    public InboundRequest parse(String account, byte[] rawBody) {
        JsonNode activity = Json.read(json, rawBody, "Bot Framework activity");
        String type = Json.text(activity, "type");
        if (!"message".equals(type)) {
            return new InboundRequest.Ignored("Teams activity " + type);
        }
        String id = Json.text(activity, "id");
        String conversation = Json.text(activity, "conversation", "id");
        String user = Json.text(activity, "from", "aadObjectId") != null ? Json.text(activity, "from", "aadObjectId")
                : Json.text(activity, "from", "id");
        if (id == null || conversation == null || user == null) {
            throw new MalformedRequestException("Teams activity without id, conversation.id or from");
        }
        JsonNode value = activity.path("value");
        if (value.isObject() && value.hasNonNull(ACTION)) {
            return click(account, id, conversation, user, value);
        }
        String text = Json.text(activity, "text");
        if (text == null || text.isBlank()) {
            return new InboundRequest.Ignored("Teams message without text");
        }
        String plain = TAG.matcher(MENTION.matcher(text).replaceAll("")).replaceAll("")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
        return new InboundRequest.Received(new InboundMessage(PLATFORM, account, conversation, null, user, plain, id));
    }

    private static InboundRequest click(String account, String id, String conversation, String user, JsonNode value) {
        String action = Json.text(value, ACTION);
        String target = Json.text(value, ID);
        InboundAction.Decision decision = switch (String.valueOf(action)) {
            case "confirm" -> InboundAction.Decision.CONFIRM;
            case "cancel" -> InboundAction.Decision.CANCEL;
            case "choice" -> InboundAction.Decision.CHOICE;
            default -> null;
        };
        if (decision == null || target == null) {
            return new InboundRequest.Ignored("Teams card action " + action);
        }
        boolean choice = decision == InboundAction.Decision.CHOICE;
        return new InboundRequest.Received(new InboundAction(PLATFORM, account, conversation, null, user,
                choice ? null : target, choice ? target : null, decision, id));
    }
}
