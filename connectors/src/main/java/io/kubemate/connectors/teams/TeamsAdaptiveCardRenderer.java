package io.kubemate.connectors.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.LiteralText;
import io.kubemate.connectors.core.MessageSplitter;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.PlatformCapabilities;
import io.kubemate.connectors.core.Renderer;

import java.util.ArrayList;
import java.util.List;

/**
 * Bot Framework message activities carrying one Adaptive Card (schema 1.4, which Teams renders): the title as a bold
 * {@code TextBlock}, fields as a {@code FactSet}, the rest as wrapped Markdown {@code TextBlock}s, and buttons as
 * {@code Action.Submit} whose {@code data} holds {@code kubemate_action} and {@code id} (links: {@code Action.OpenUrl}).
 * Teams refuses messages over about 28 KB, so text splits at 8,000 characters (Chinese is three bytes each); the
 * buttons go with the last card.
 */
public final class TeamsAdaptiveCardRenderer implements Renderer {

    static final int TEXT_LIMIT = 8000;
    static final String CARD = "application/vnd.microsoft.card.adaptive";
    private static final PlatformCapabilities CAPABILITIES =
            new PlatformCapabilities(true, true, true, TEXT_LIMIT, PlatformCapabilities.MarkdownDialect.COMMONMARK);

    private final ObjectMapper json;
    // Headroom for the title and the facts of the first card.
    private final MessageSplitter splitter = new MessageSplitter(TEXT_LIMIT - 1000);

    public TeamsAdaptiveCardRenderer(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public PlatformCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<ObjectNode> render(OutboundMessage message) {
        String text = new OutboundMessage(null, message.sections(), List.of(), message.codeBlocks(), message.evidence(),
                message.sources(), List.of()).markdown();
        // Adaptive Cards show no code formatting: literal text stays visible but cannot become a link
        text = LiteralText.mapLiterals(text, LiteralText::defang);
        List<String> parts = text.isBlank() ? List.of("") : splitter.split(text);
        List<ObjectNode> activities = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ObjectNode activity = json.createObjectNode().put("type", "message");
            ObjectNode card = activity.putArray("attachments").addObject().put("contentType", CARD).putObject("content");
            card.put("type", "AdaptiveCard").put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json").put("version", "1.4");
            ArrayNode body = card.putArray("body");
            if (i == 0 && message.title() != null && !message.title().isBlank()) {
                body.addObject().put("type", "TextBlock").put("text", LiteralText.defang(message.title())).put("weight", "Bolder")
                        .put("size", "Medium").put("wrap", true);
            }
            if (i == 0 && !message.fields().isEmpty()) {
                ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
                message.fields().forEach(f -> facts.addObject().put("title", LiteralText.defang(f.label())).put("value", LiteralText.defang(f.value())));
            }
            if (!parts.get(i).isBlank()) {
                body.addObject().put("type", "TextBlock").put("text", parts.get(i)).put("wrap", true);
            }
            if (i == parts.size() - 1 && !message.buttons().isEmpty()) {
                ArrayNode actions = card.putArray("actions");
                message.buttons().forEach(button -> actions.add(action(button)));
            }
            activity.put("summary", message.title() == null ? "Kubemate" : message.title());
            activities.add(activity);
        }
        return activities;
    }

    private ObjectNode action(Button button) {
        ObjectNode action = json.createObjectNode();
        if (button.kind() == Button.Kind.LINK) {
            return action.put("type", "Action.OpenUrl").put("title", button.label()).put("url", button.value());
        }
        action.put("type", "Action.Submit").put("title", button.label());
        switch (button.kind()) {
            case CONFIRM -> action.put("style", "positive");
            case CANCEL -> action.put("style", "destructive");
            default -> {
            }
        }
        String word = button.kind().name().toLowerCase(java.util.Locale.ROOT);
        action.putObject("data").put(TeamsActivityParser.ACTION, word).put(TeamsActivityParser.ID, button.value());
        return action;
    }

    /** The text a person reads in one activity, for the length budget. */
    static String text(ObjectNode activity) {
        StringBuilder text = new StringBuilder();
        activity.path("attachments").path(0).path("content").path("body").forEach(element -> {
            text.append(element.path("text").asText(""));
            element.path("facts").forEach(f -> text.append(f.path("title").asText()).append(' ').append(f.path("value").asText()).append('\n'));
            text.append('\n');
        });
        return text.toString();
    }
}
