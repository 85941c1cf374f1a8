package io.kubemate.connectors.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.ConfirmTexts;
import io.kubemate.connectors.core.MessageSplitter;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.PlatformCapabilities;
import io.kubemate.connectors.core.Renderer;

import java.util.ArrayList;
import java.util.List;

/**
 * Block Kit: a header, one mrkdwn section per paragraph (split at Slack's 3,000 characters per text), fields ten
 * to a section, code and evidence as fenced sections, sources as a context line, and the buttons in one actions
 * block — Confirm styled primary behind a confirmation dialog, Cancel danger. More than 50 blocks make several
 * messages; the buttons go with the last.
 */
public final class SlackBlockKitRenderer implements Renderer {

    public static final String CONFIRM = "kubemate_confirm";
    public static final String CANCEL = "kubemate_cancel";
    public static final String CHOICE = "kubemate_choice_";
    static final String LINK = "kubemate_link_";

    static final int TEXT_LIMIT = 3000;
    static final int BLOCK_LIMIT = 50;
    static final int HEADER_LIMIT = 150;
    static final int FIELDS_PER_SECTION = 10;
    static final int FIELD_LIMIT = 2000;
    static final int FALLBACK_LIMIT = 300;
    private static final PlatformCapabilities CAPABILITIES =
            new PlatformCapabilities(true, true, true, 40_000, PlatformCapabilities.MarkdownDialect.SLACK_MRKDWN);

    private final ObjectMapper json;
    private final ConfirmTexts confirm;
    private final MessageSplitter splitter = new MessageSplitter(TEXT_LIMIT);

    public SlackBlockKitRenderer(ObjectMapper json, ConfirmTexts confirm) {
        this.json = json;
        this.confirm = confirm;
    }

    @Override
    public PlatformCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<ObjectNode> render(OutboundMessage message) {
        List<ObjectNode> blocks = new ArrayList<>();
        if (message.title() != null && !message.title().isBlank()) {
            ObjectNode header = block("header");
            header.set("text", plain(cut(message.title(), HEADER_LIMIT)));
            blocks.add(header);
        }
        message.sections().forEach(section -> mrkdwnSections(blocks, SlackMrkdwn.from(section)));
        fields(blocks, message.fields());
        message.codeBlocks().forEach(code -> mrkdwnSections(blocks, "```\n" + SlackMrkdwn.literal(code.text()) + "\n```"));
        for (OutboundMessage.Evidence evidence : message.evidence()) {
            mrkdwnSections(blocks, "*" + SlackMrkdwn.escape(evidence.title()) + "* · " + SlackMrkdwn.escape(evidence.source())
                    + "\n```\n" + SlackMrkdwn.literal(String.join("\n", evidence.lines())) + "\n```");
        }
        if (!message.sources().isEmpty()) {
            ObjectNode context = block("context");
            ArrayNode elements = context.putArray("elements");
            message.sources().stream().limit(10).forEach(source -> elements.add(mrkdwn(source.url() == null
                    ? SlackMrkdwn.escape(source.title()) : "<" + SlackMrkdwn.escape(source.url()).replace("|", "%7C") + "|" + SlackMrkdwn.escape(source.title()) + ">")));
            blocks.add(context);
        }
        if (!message.buttons().isEmpty()) {
            blocks.add(actions(message.buttons()));
        }
        return messages(blocks, fallback(message));
    }

    private List<ObjectNode> messages(List<ObjectNode> blocks, String fallback) {
        List<ObjectNode> messages = new ArrayList<>();
        ArrayNode current = null;
        int length = 0;
        for (ObjectNode block : blocks) {
            int size = block.toString().length();
            if (current == null || current.size() == BLOCK_LIMIT || length + size > CAPABILITIES.maxLength()) {
                ObjectNode message = json.createObjectNode();
                message.put("text", fallback);
                current = message.putArray("blocks");
                messages.add(message);
                length = 0;
            }
            current.add(block);
            length += size;
        }
        if (messages.isEmpty()) {
            messages.add(json.createObjectNode().put("text", fallback));
        }
        return messages;
    }

    private void mrkdwnSections(List<ObjectNode> blocks, String text) {
        for (String part : splitter.split(text)) {
            ObjectNode section = block("section");
            section.set("text", mrkdwn(part));
            blocks.add(section);
        }
    }

    private void fields(List<ObjectNode> blocks, List<OutboundMessage.Field> fields) {
        for (int from = 0; from < fields.size(); from += FIELDS_PER_SECTION) {
            ObjectNode section = block("section");
            ArrayNode array = section.putArray("fields");
            fields.subList(from, Math.min(fields.size(), from + FIELDS_PER_SECTION)).forEach(field -> array.add(mrkdwn(
                    cut("*" + SlackMrkdwn.escape(field.label()) + "*\n" + SlackMrkdwn.from(field.value()), FIELD_LIMIT))));
            blocks.add(section);
        }
    }

    private ObjectNode actions(List<Button> buttons) {
        ObjectNode actions = block("actions");
        ArrayNode elements = actions.putArray("elements");
        int index = 0;
        for (Button button : buttons.stream().limit(25).toList()) {
            ObjectNode element = json.createObjectNode();
            element.put("type", "button");
            element.set("text", plain(cut(button.label(), 75)));
            switch (button.kind()) {
                case CONFIRM -> {
                    element.put("action_id", CONFIRM).put("value", button.value()).put("style", "primary");
                    element.set("confirm", dialog());
                }
                case CANCEL -> element.put("action_id", CANCEL).put("value", button.value()).put("style", "danger");
                case CHOICE -> element.put("action_id", CHOICE + index).put("value", button.value());
                case LINK -> element.put("action_id", LINK + index).put("url", button.value());
            }
            elements.add(element);
            index++;
        }
        return actions;
    }

    private ObjectNode dialog() {
        ObjectNode dialog = json.createObjectNode();
        dialog.set("title", plain(confirm.title()));
        dialog.set("text", mrkdwn(confirm.text()));
        dialog.set("confirm", plain(confirm.confirm()));
        dialog.set("deny", plain(confirm.deny()));
        dialog.put("style", "primary");
        return dialog;
    }

    private static String fallback(OutboundMessage message) {
        String text = message.title() != null && !message.title().isBlank() ? message.title()
                : message.sections().isEmpty() ? message.markdown() : message.sections().getFirst();
        return cut(SlackMrkdwn.from(text), FALLBACK_LIMIT);
    }

    private ObjectNode block(String type) {
        return json.createObjectNode().put("type", type);
    }

    private ObjectNode plain(String text) {
        return json.createObjectNode().put("type", "plain_text").put("text", text).put("emoji", true);
    }

    private ObjectNode mrkdwn(String text) {
        return json.createObjectNode().put("type", "mrkdwn").put("text", text);
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
