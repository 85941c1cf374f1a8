package io.kubemate.connectors.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.LiteralText;
import io.kubemate.connectors.core.MessageSplitter;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.PlatformCapabilities;
import io.kubemate.connectors.core.Renderer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The robot OpenAPI message templates: {@code sampleMarkdown} ({@code title}, {@code text}) for a message without
 * buttons, {@code sampleActionCard2}…{@code 5} ({@code actionTitleN}, {@code actionURLN}) with buttons, at most five.
 * DingTalk ActionCard buttons only open links, so Confirm, Cancel and choices use DingTalk's
 * {@code dtmd://dingtalkclient/sendMessage} link: the click sends {@code /kubemate confirm <id>} to the bot as the
 * person who clicked, which {@link DingTalkRequestParser} reads back as a click. Long text splits into several
 * messages; the buttons go with the last.
 */
public final class DingTalkActionCardRenderer implements Renderer {

    static final int TEXT_LIMIT = 4000;
    static final int MAX_BUTTONS = 5;
    static final int TITLE_LIMIT = 60;
    private static final PlatformCapabilities CAPABILITIES =
            new PlatformCapabilities(false, true, false, TEXT_LIMIT, PlatformCapabilities.MarkdownDialect.LIMITED_MARKDOWN);

    private final ObjectMapper json;
    private final MessageSplitter splitter = new MessageSplitter(TEXT_LIMIT);

    public DingTalkActionCardRenderer(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public PlatformCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<ObjectNode> render(OutboundMessage message) {
        String title = message.title() == null || message.title().isBlank()
                ? cut(firstLine(message.markdown()), TITLE_LIMIT) : cut(message.title(), TITLE_LIMIT);
        OutboundMessage body = new OutboundMessage(null, message.sections(), message.fields(), message.codeBlocks(),
                message.evidence(), message.sources(), List.of());
        String text = (message.title() == null || message.title().isBlank() ? "" : "#### " + LiteralText.defang(message.title()) + "\n\n")
                + LiteralText.mapLiterals(body.markdown(), LiteralText::defang).replaceAll("(?m)^\\*\\*(.+?):\\*\\* (.*)$", "- **$1:** $2");
        List<String> parts = splitter.split(text.strip());
        List<Button> buttons = message.buttons().stream().limit(MAX_BUTTONS).toList();
        List<ObjectNode> rendered = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            ObjectNode param = json.createObjectNode().put("title", title).put("text", parts.get(i));
            ObjectNode payload = json.createObjectNode();
            if (last && !buttons.isEmpty()) {
                payload.put("msgKey", buttons.size() == 1 ? "sampleActionCard" : "sampleActionCard" + buttons.size());
                if (buttons.size() == 1) {
                    param.put("singleTitle", buttons.getFirst().label()).put("singleURL", url(buttons.getFirst()));
                } else {
                    for (int b = 0; b < buttons.size(); b++) {
                        param.put("actionTitle" + (b + 1), buttons.get(b).label()).put("actionURL" + (b + 1), url(buttons.get(b)));
                    }
                }
            } else {
                payload.put("msgKey", "sampleMarkdown");
            }
            payload.set("msgParam", param);
            rendered.add(payload);
        }
        return rendered;
    }

    /** The link a button opens; for clicks the bot must see, a link that sends the command as the clicking person. */
    static String url(Button button) {
        String command = switch (button.kind()) {
            case CONFIRM -> "confirm " + button.value();
            case CANCEL -> "cancel " + button.value();
            case CHOICE -> "choice " + button.value();
            case LINK -> null;
        };
        if (command == null) {
            return "dingtalk://dingtalkclient/page/link?pc_slide=false&url=" + URLEncoder.encode(button.value(), StandardCharsets.UTF_8);
        }
        return "dtmd://dingtalkclient/sendMessage?content=" + URLEncoder.encode(DingTalkRequestParser.COMMAND + command, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("Kubemate").replace("*", "");
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
