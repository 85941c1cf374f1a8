package io.kubemate.connectors.mattermost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.FormBody;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.MalformedRequestException;
import io.kubemate.connectors.core.Verification;

import java.util.Map;
import java.util.Optional;

/**
 * Reads Mattermost requests: a slash command or outgoing webhook (form, token already verified) into a message,
 * and a button click (JSON) into an action after checking the signed token in its context.
 */
public final class MattermostRequestParser {

    public static final String PLATFORM = "mattermost";

    private final ObjectMapper json;

    public MattermostRequestParser(ObjectMapper json) {
        this.json = json;
    }

    public InboundRequest message(String server, byte[] rawBody) {
        Map<String, String> form = FormBody.parse(rawBody);
        String channel = form.get("channel_id");
        String user = form.get("user_id");
        if (channel == null || user == null) {
            throw new MalformedRequestException("Mattermost request without channel_id or user_id");
        }
        String text = form.getOrDefault("text", "");
        String trigger = form.get("trigger_word");
        if (trigger != null && text.startsWith(trigger)) {
            text = text.substring(trigger.length());
        }
        String post = form.get("post_id");
        String eventId = post != null ? "post:" + post : "slash:" + form.getOrDefault("trigger_id", channel + ":" + user + ":" + text);
        return new InboundRequest.Received(new InboundMessage(PLATFORM, server, channel, post, user, text.strip(), eventId));
    }

    /** A button click; rejected (not parsed) when its token is missing, forged or expired. */
    public Result action(String server, byte[] rawBody, ButtonTokens tokens) {
        JsonNode body = Json.read(json, rawBody, "Mattermost action body");
        JsonNode context = body.path("context");
        String decisionWord = Json.text(context, "decision");
        String value = Json.text(context, "value");
        String audience = Json.text(context, "user");
        String user = Json.text(body, "user_id");
        String channel = Json.text(body, "channel_id");
        Optional<String> refusal = tokens.check(Json.text(context, "token"), decisionWord, value, audience, channel,
                Json.text(context, "root_id"));
        if (refusal.isEmpty() && audience != null && !audience.isEmpty() && !audience.equals(user)) {
            // Mattermost does not authenticate the clicker; a personal button binds who may press it.
            refusal = Optional.of("this button was shown to another person; only they can press it");
        }
        if (refusal.isPresent()) {
            return new Result(null, new Verification.Rejected(Verification.Reason.BAD_SIGNATURE, refusal.get()));
        }
        InboundAction.Decision decision = switch (String.valueOf(decisionWord)) {
            case "confirm" -> InboundAction.Decision.CONFIRM;
            case "cancel" -> InboundAction.Decision.CANCEL;
            case "choice" -> InboundAction.Decision.CHOICE;
            default -> throw new MalformedRequestException("Mattermost action with unknown decision " + decisionWord);
        };
        boolean choice = decision == InboundAction.Decision.CHOICE;
        // Confirm/Cancel belong to the conversation the proposal was made in (a slash command's reply is not in a
        // thread); a choice on a top-level alert opens a thread under it.
        String thread = Json.text(context, "root_id");
        if (thread == null && choice) {
            thread = Json.text(body, "post_id");
        }
        InboundAction action = new InboundAction(PLATFORM, server, channel, thread, user,
                choice ? null : value, choice ? value : null, decision,
                "action:" + Json.text(body, "post_id") + ":" + user + ":" + decisionWord + ":" + Json.text(body, "trigger_id"));
        return new Result(new InboundRequest.Received(action), null);
    }

    /** A parsed click, or why it was refused. */
    public record Result(InboundRequest request, Verification.Rejected rejected) {
    }
}
