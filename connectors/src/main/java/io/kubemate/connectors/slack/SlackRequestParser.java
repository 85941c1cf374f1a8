package io.kubemate.connectors.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.FormBody;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.MalformedRequestException;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a verified Slack request: an Events API callback (JSON), a {@code /kubemate} slash command (form) or a
 * {@code block_actions} click (form field {@code payload} holding JSON). Messages from bots and edits are ignored
 * so the bot never answers itself; in channels only mentions count, in direct messages every message does.
 */
public final class SlackRequestParser {

    public static final String PLATFORM = "slack";
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final ObjectMapper json;

    public SlackRequestParser(ObjectMapper json) {
        this.json = json;
    }

    /** {@code workspace}: the configured workspace whose signing secret verified the request. */
    public InboundRequest parse(String workspace, byte[] rawBody, String contentType) {
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            Map<String, String> form = FormBody.parse(rawBody);
            if (form.containsKey("payload")) {
                return interaction(workspace, Json.read(json, form.get("payload"), "Slack interaction payload"));
            }
            if (form.containsKey("command")) {
                return slashCommand(workspace, form);
            }
            throw new MalformedRequestException("Slack form body has neither payload nor command");
        }
        JsonNode body = Json.read(json, rawBody, "Slack event body");
        String type = Json.text(body, "type");
        if ("url_verification".equals(type)) {
            String challenge = Json.text(body, "challenge");
            if (challenge == null) {
                throw new MalformedRequestException("url_verification without challenge");
            }
            return new InboundRequest.Challenge(challenge, "text/plain");
        }
        if (!"event_callback".equals(type)) {
            return new InboundRequest.Ignored("Slack request type " + type);
        }
        return event(workspace, body);
    }

    InboundRequest event(String workspace, JsonNode body) {
        JsonNode event = body.path("event");
        String type = Json.text(event, "type");
        String eventId = Json.text(body, "event_id");
        if (eventId == null) {
            throw new MalformedRequestException("Slack event_callback without event_id");
        }
        if (event.hasNonNull("bot_id") || event.hasNonNull("subtype")) {
            return new InboundRequest.Ignored("bot message or " + Json.text(event, "subtype"));
        }
        boolean direct = "message".equals(type) && "im".equals(Json.text(event, "channel_type"));
        if (!"app_mention".equals(type) && !direct) {
            return new InboundRequest.Ignored("Slack event " + type);
        }
        String ts = Json.text(event, "ts");
        String thread = Json.text(event, "thread_ts");
        String text = MENTION.matcher(String.valueOf(Json.text(event, "text"))).replaceAll("").strip();
        return new InboundRequest.Received(new InboundMessage(PLATFORM, workspace, Json.text(event, "channel"),
                thread == null ? ts : thread, Json.text(event, "user"), text, eventId));
    }

    static InboundRequest slashCommand(String workspace, Map<String, String> form) {
        String trigger = form.getOrDefault("trigger_id", form.get("channel_id") + ":" + form.get("user_id") + ":" + form.get("text"));
        return new InboundRequest.Received(new InboundMessage(PLATFORM, workspace, form.get("channel_id"), null,
                form.get("user_id"), form.getOrDefault("text", "").strip(), "slash:" + trigger));
    }

    static InboundRequest interaction(String workspace, JsonNode payload) {
        if (!"block_actions".equals(Json.text(payload, "type"))) {
            return new InboundRequest.Ignored("Slack interaction " + Json.text(payload, "type"));
        }
        JsonNode action = payload.path("actions").path(0);
        String actionId = String.valueOf(Json.text(action, "action_id"));
        String value = Json.text(action, "value");
        String user = Json.text(payload, "user", "id");
        String channel = Json.text(payload, "channel", "id");
        String eventId = "action:" + Json.text(action, "action_ts") + ":" + user;
        InboundAction.Decision decision = switch (actionId) {
            case SlackBlockKitRenderer.CONFIRM -> InboundAction.Decision.CONFIRM;
            case SlackBlockKitRenderer.CANCEL -> InboundAction.Decision.CANCEL;
            default -> actionId.startsWith(SlackBlockKitRenderer.CHOICE) ? InboundAction.Decision.CHOICE : null;
        };
        if (decision == null || value == null) {
            return new InboundRequest.Ignored("Slack action " + actionId);
        }
        boolean choice = decision == InboundAction.Decision.CHOICE;
        // Confirm/Cancel belong to the conversation the proposal was made in: a top-level message (a slash
        // command's reply) is the channel's conversation. A choice on a top-level alert opens a thread under it.
        String thread = Json.text(payload, "message", "thread_ts");
        if (thread == null && choice) {
            thread = Json.text(payload, "container", "message_ts");
        }
        return new InboundRequest.Received(new InboundAction(PLATFORM, workspace, channel, thread, user,
                choice ? null : value, choice ? value : null, decision, eventId));
    }
}
