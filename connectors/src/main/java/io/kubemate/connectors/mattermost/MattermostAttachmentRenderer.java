package io.kubemate.connectors.mattermost;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.LiteralText;
import io.kubemate.connectors.core.MessageSplitter;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.PlatformCapabilities;
import io.kubemate.connectors.core.Renderer;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A message attachment per part: title, Markdown text (Mattermost speaks CommonMark), short fields, and buttons
 * whose {@code integration.context} carries a signed token from {@link ButtonTokens}. Mattermost buttons cannot
 * open addresses, so link buttons become links in the text.
 */
public final class MattermostAttachmentRenderer implements Renderer {

    static final int MAX_LENGTH = 16_000;
    private static final PlatformCapabilities CAPABILITIES =
            new PlatformCapabilities(true, true, true, MAX_LENGTH, PlatformCapabilities.MarkdownDialect.COMMONMARK);

    private final ObjectMapper json;
    private final URI actionUrl;
    private final ButtonTokens tokens;
    private final MessageSplitter splitter = new MessageSplitter(MAX_LENGTH);

    /** {@code actionUrl}: where Mattermost posts clicks, the bot's {@code /hooks/mattermost/actions}. */
    public MattermostAttachmentRenderer(ObjectMapper json, URI actionUrl, ButtonTokens tokens) {
        this.json = json;
        this.actionUrl = actionUrl;
        this.tokens = tokens;
    }

    @Override
    public PlatformCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** Posts whose buttons are bound to no channel: only for previews; a click on them is refused. */
    @Override
    public List<ObjectNode> render(OutboundMessage message) {
        return render(message, "", null);
    }

    /** The posts for a channel and thread (null outside a thread); each button's token is bound to both. */
    public List<ObjectNode> render(OutboundMessage message, String channel, String thread) {
        StringBuilder text = new StringBuilder();
        message.sections().forEach(s -> text.append(s).append("\n\n"));
        message.codeBlocks().forEach(c -> text.append(LiteralText.fence(c.language(), c.text())).append("\n\n"));
        message.evidence().forEach(e -> text.append("**").append(LiteralText.defang(e.title())).append("** · ").append(LiteralText.code(e.source()))
                .append('\n').append(LiteralText.fence("", String.join("\n", e.lines()))).append("\n\n"));
        if (!message.sources().isEmpty()) {
            text.append(String.join(" · ", message.sources().stream()
                    .map(s -> s.url() == null ? LiteralText.defang(s.title()) : "[" + LiteralText.linkText(s.title()) + "](" + s.url() + ")").toList())).append("\n\n");
        }
        List<String> links = message.buttons().stream().filter(b -> b.kind() == Button.Kind.LINK)
                .map(b -> "[" + b.label() + "](" + b.value() + ")").toList();
        if (!links.isEmpty()) {
            text.append(String.join(" · ", links));
        }
        List<String> parts = splitter.split(text.toString().strip());
        List<ObjectNode> posts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ObjectNode post = json.createObjectNode();
            post.put("message", "");
            ObjectNode attachment = post.putObject("props").putArray("attachments").addObject();
            attachment.put("fallback", message.title() == null ? parts.get(i) : message.title());
            if (i == 0 && message.title() != null) {
                attachment.put("title", message.title());
            }
            attachment.put("text", parts.get(i));
            if (i == 0 && !message.fields().isEmpty()) {
                ArrayNode fields = attachment.putArray("fields");
                message.fields().forEach(f -> fields.addObject().put("short", true).put("title", f.label()).put("value", LiteralText.defang(f.value())));
            }
            if (i == parts.size() - 1) {
                actions(attachment, message.buttons(), channel, thread);
            }
            posts.add(post);
        }
        return posts;
    }

    private void actions(ObjectNode attachment, List<Button> buttons, String channel, String thread) {
        List<Button> clickable = buttons.stream().filter(b -> b.kind() != Button.Kind.LINK).toList();
        if (clickable.isEmpty()) {
            return;
        }
        ArrayNode actions = attachment.putArray("actions");
        int index = 0;
        for (Button button : clickable) {
            String decision = button.kind().name().toLowerCase(java.util.Locale.ROOT);
            ObjectNode action = actions.addObject();
            action.put("id", decision + index++);
            action.put("name", button.label());
            action.put("type", "button");
            action.put("style", switch (button.kind()) {
                case CONFIRM -> "primary";
                case CANCEL -> "danger";
                default -> "default";
            });
            ObjectNode integration = action.putObject("integration");
            integration.put("url", actionUrl.toString());
            String user = button.audience() == null ? "" : button.audience();
            ObjectNode context = integration.putObject("context").put("decision", decision).put("value", button.value()).put("user", user);
            if (thread != null) {
                context.put("root_id", thread);
            }
            context.put("token", tokens.issue(decision, button.value(), user, channel, thread));
        }
    }
}
