package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.LiteralText;
import io.kubemate.connectors.core.ConfirmTexts;
import io.kubemate.connectors.core.MessageSplitter;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.PlatformCapabilities;
import io.kubemate.connectors.core.Renderer;

import java.util.ArrayList;
import java.util.List;

/**
 * Interactive cards (card JSON 1.0): a header, {@code markdown} elements for paragraphs, code and evidence, a
 * {@code div} of short fields, sources in a {@code note}, and the buttons in one {@code action} element whose
 * {@code value} carries {@code kubemate_action} and {@code id}; Confirm is primary behind a confirmation dialog,
 * Cancel danger, links open their address. {@code update_multi} lets the sender update the card in place for
 * everyone. Text beyond a card's limit continues in further cards; the buttons go with the last.
 */
public final class FeishuCardRenderer implements Renderer {

    static final int ELEMENT_LIMIT = 3000;
    static final int CARD_TEXT_LIMIT = 7000;
    private static final PlatformCapabilities CAPABILITIES =
            new PlatformCapabilities(true, true, true, CARD_TEXT_LIMIT, PlatformCapabilities.MarkdownDialect.COMMONMARK);

    private final ObjectMapper json;
    private final ConfirmTexts confirm;
    private final MessageSplitter splitter = new MessageSplitter(ELEMENT_LIMIT);

    public FeishuCardRenderer(ObjectMapper json, ConfirmTexts confirm) {
        this.json = json;
        this.confirm = confirm;
    }

    @Override
    public PlatformCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<ObjectNode> render(OutboundMessage message) {
        List<ObjectNode> elements = new ArrayList<>();
        message.sections().forEach(section -> markdown(elements, LiteralText.mapLiterals(section, LiteralText::defang)));
        if (!message.fields().isEmpty()) {
            ObjectNode div = json.createObjectNode().put("tag", "div");
            ArrayNode fields = div.putArray("fields");
            message.fields().forEach(f -> fields.addObject().put("is_short", true)
                    .set("text", larkMd("**" + LiteralText.defang(f.label()) + "**\n" + LiteralText.defang(f.value()))));
            elements.add(div);
        }
        message.codeBlocks().forEach(code -> markdown(elements, LiteralText.fence(code.language(), LiteralText.defang(code.text()))));
        message.evidence().forEach(e -> markdown(elements, "**" + LiteralText.defang(e.title()) + "** · " + LiteralText.defang(e.source())
                + "\n" + LiteralText.fence("", LiteralText.defang(String.join("\n", e.lines())))));
        if (!message.sources().isEmpty()) {
            ObjectNode note = json.createObjectNode().put("tag", "note");
            ArrayNode notes = note.putArray("elements");
            message.sources().forEach(s -> notes.add(larkMd(s.url() == null ? LiteralText.defang(s.title()) : "[" + LiteralText.linkText(LiteralText.defang(s.title())) + "](" + s.url() + ")")));
            elements.add(note);
        }
        List<ObjectNode> cards = cards(message.title(), elements);
        if (!message.buttons().isEmpty()) {
            ((ArrayNode) cards.getLast().get("elements")).add(actions(message.buttons()));
        }
        return cards;
    }

    private List<ObjectNode> cards(String title, List<ObjectNode> elements) {
        List<ObjectNode> cards = new ArrayList<>();
        ArrayNode current = null;
        int length = 0;
        for (ObjectNode element : elements) {
            int size = text(element).length();
            if (current == null || length + size > CARD_TEXT_LIMIT) {
                current = card(cards.isEmpty() ? title : null, cards);
                length = 0;
            }
            current.add(element);
            length += size;
        }
        if (current == null) {
            card(title, cards);
        }
        return cards;
    }

    private ArrayNode card(String title, List<ObjectNode> cards) {
        ObjectNode card = json.createObjectNode();
        card.putObject("config").put("wide_screen_mode", true).put("update_multi", true);
        if (title != null && !title.isBlank()) {
            ObjectNode header = card.putObject("header");
            header.set("title", plain(title));
            header.put("template", "blue");
        }
        cards.add(card);
        return card.putArray("elements");
    }

    private ObjectNode actions(List<Button> buttons) {
        ObjectNode action = json.createObjectNode().put("tag", "action");
        ArrayNode actions = action.putArray("actions");
        for (Button button : buttons) {
            ObjectNode element = actions.addObject().put("tag", "button");
            element.set("text", plain(button.label()));
            switch (button.kind()) {
                case CONFIRM -> {
                    element.put("type", "primary");
                    element.putObject("value").put(FeishuRequestParser.ACTION, "confirm").put(FeishuRequestParser.ID, button.value());
                    ObjectNode dialog = element.putObject("confirm");
                    dialog.set("title", plain(confirm.title()));
                    dialog.set("text", plain(confirm.text()));
                }
                case CANCEL -> {
                    element.put("type", "danger");
                    element.putObject("value").put(FeishuRequestParser.ACTION, "cancel").put(FeishuRequestParser.ID, button.value());
                }
                case CHOICE -> {
                    element.put("type", "default");
                    element.putObject("value").put(FeishuRequestParser.ACTION, "choice").put(FeishuRequestParser.ID, button.value());
                }
                case LINK -> element.put("type", "default").put("url", button.value());
            }
        }
        return action;
    }

    private void markdown(List<ObjectNode> elements, String text) {
        splitter.split(text).forEach(part -> elements.add(json.createObjectNode().put("tag", "markdown").put("content", part)));
    }

    /** The text a person reads in an element, for the card's length budget. */
    static String text(com.fasterxml.jackson.databind.JsonNode element) {
        StringBuilder text = new StringBuilder(element.path("content").asText(""));
        element.path("fields").forEach(f -> text.append(f.path("text").path("content").asText()).append('\n'));
        element.path("elements").forEach(e -> text.append(e.path("content").asText()).append('\n'));
        return text.toString();
    }

    private ObjectNode plain(String text) {
        return json.createObjectNode().put("tag", "plain_text").put("content", text);
    }

    private ObjectNode larkMd(String text) {
        return json.createObjectNode().put("tag", "lark_md").put("content", text);
    }
}
