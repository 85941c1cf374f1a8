package io.kubemate.connectors.wecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.LiteralText;
import io.kubemate.connectors.core.MessageSplitter;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.PlatformCapabilities;
import io.kubemate.connectors.core.Renderer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * App messages: the text as {@code markdown} messages (WeCom takes at most 2,048 UTF-8 bytes, so parts hold at
 * most 680 characters; its Markdown has no code fences, so code and evidence lines become quotes), then, when there
 * are buttons, a {@code button_interaction} template card: the title, the first paragraph as subtitle, up to six
 * fields, and up to six buttons whose {@code key} is {@code confirm:<id>}, {@code cancel:<id>} or
 * {@code choice:<value>} (links open their address). The sender sets each card's unique {@code task_id}.
 */
public final class WeComTemplateCardRenderer implements Renderer {

    static final int TEXT_LIMIT = 680;
    static final int TITLE_LIMIT = 26;
    static final int SUBTITLE_LIMIT = 112;
    static final int MAX_ITEMS = 6;
    private static final PlatformCapabilities CAPABILITIES =
            new PlatformCapabilities(false, true, false, TEXT_LIMIT, PlatformCapabilities.MarkdownDialect.LIMITED_MARKDOWN);

    private final ObjectMapper json;
    private final MessageSplitter splitter = new MessageSplitter(TEXT_LIMIT);

    public WeComTemplateCardRenderer(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public PlatformCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<ObjectNode> render(OutboundMessage message) {
        OutboundMessage text = new OutboundMessage(message.title(), message.sections(), message.fields(), message.codeBlocks(),
                message.evidence(), message.sources(), List.of());
        List<ObjectNode> parts = new ArrayList<>();
        for (String part : splitter.split(quoteCode(LiteralText.mapLiterals(text.markdown(), LiteralText::defang)))) {
            ObjectNode markdown = json.createObjectNode().put("msgtype", "markdown");
            markdown.putObject("markdown").put("content", part);
            parts.add(markdown);
        }
        if (!message.buttons().isEmpty()) {
            parts.add(card(message));
        }
        return parts;
    }

    private ObjectNode card(OutboundMessage message) {
        ObjectNode payload = json.createObjectNode().put("msgtype", "template_card");
        ObjectNode card = payload.putObject("template_card");
        card.put("card_type", "button_interaction");
        String title = message.title() == null || message.title().isBlank() ? "Kubemate" : message.title();
        card.putObject("main_title").put("title", cut(title, TITLE_LIMIT));
        if (!message.sections().isEmpty()) {
            card.put("sub_title_text", cut(message.sections().getFirst().replace("**", ""), SUBTITLE_LIMIT));
        }
        if (!message.fields().isEmpty()) {
            ArrayNode fields = card.putArray("horizontal_content_list");
            message.fields().stream().limit(MAX_ITEMS).forEach(f -> fields.addObject().put("keyname", cut(f.label(), 5)).put("value", cut(f.value(), 26)));
        }
        List<Button> buttons = message.buttons().stream().limit(MAX_ITEMS).toList();
        card.put("task_id", taskId(buttons));
        ArrayNode list = card.putArray("button_list");
        for (Button button : buttons) {
            ObjectNode item = list.addObject().put("text", cut(button.label(), 10));
            switch (button.kind()) {
                case CONFIRM -> item.put("style", 1).put("key", "confirm:" + button.value());
                case CANCEL -> item.put("style", 2).put("key", "cancel:" + button.value());
                case CHOICE -> item.put("style", 4).put("key", "choice:" + button.value());
                case LINK -> item.put("type", 1).put("style", 4).put("url", button.value());
            }
        }
        return payload;
    }

    /** Fenced blocks as quoted lines, the nearest WeCom Markdown has (a block ends only at a fence as long as its own). */
    static String quoteCode(String markdown) {
        StringBuilder out = new StringBuilder();
        for (LiteralText.Part part : LiteralText.parts(markdown)) {
            if (part.block()) {
                out.append(String.join("\n", part.text().lines().map(line -> "> " + line).toList()));
            } else {
                out.append(part.original());
            }
        }
        return out.toString().strip();
    }

    private static String taskId(List<Button> buttons) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            buttons.forEach(b -> sha.update((b.kind() + ":" + b.value() + "\n").getBytes(StandardCharsets.UTF_8)));
            return "kubemate-" + HexFormat.of().formatHex(sha.digest()).substring(0, 24);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
