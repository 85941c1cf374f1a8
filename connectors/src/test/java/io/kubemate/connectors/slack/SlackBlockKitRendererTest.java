package io.kubemate.connectors.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.ConfirmTexts;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.Renderer;
import io.kubemate.connectors.core.RendererContract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackBlockKitRendererTest extends RendererContract {

    static final ConfirmTexts CONFIRM = new ConfirmTexts("Run this change?", "It runs as you, now.", "Run it", "Not now");

    @Override
    protected Renderer renderer() {
        return new SlackBlockKitRenderer(new ObjectMapper(), CONFIRM);
    }

    @Override
    protected String platform() {
        return "slack";
    }

    @Override
    protected String visibleText(ObjectNode part) {
        StringBuilder text = new StringBuilder();
        part.path("blocks").forEach(block -> {
            text.append(block.path("text").path("text").asText("")).append('\n');
            block.path("fields").forEach(f -> text.append(f.path("text").asText()).append('\n'));
        });
        return text.toString();
    }

    @Test
    void styles_confirm_primary_behind_a_dialog_and_cancel_danger() {
        JsonNode actions = lastBlock(renderer().render(proposal()));
        assertEquals("actions", actions.path("type").asText());
        JsonNode confirm = actions.path("elements").get(0);
        assertEquals("primary", confirm.path("style").asText());
        assertEquals(SlackBlockKitRenderer.CONFIRM, confirm.path("action_id").asText());
        assertEquals("p-7f3a", confirm.path("value").asText());
        assertEquals("Run it", confirm.path("confirm").path("confirm").path("text").asText());
        assertEquals("danger", actions.path("elements").get(1).path("style").asText());
    }

    @Test
    void translates_markdown_to_mrkdwn_and_wraps_tables_in_code() {
        OutboundMessage message = OutboundMessage.builder()
                .section("**Pods** in [payments](https://console.example.com/ns/payments) a<b\n| name | status |\n|---|---|\n| api | Running |")
                .build();
        String text = renderer().render(message).getFirst().path("blocks").get(0).path("text").path("text").asText();
        assertEquals("*Pods* in <https://console.example.com/ns/payments|payments> a&lt;b\n```\n| name | status |\n|---|---|\n| api | Running |\n```", text);
    }

    private static JsonNode lastBlock(List<ObjectNode> parts) {
        JsonNode blocks = parts.getLast().path("blocks");
        assertTrue(blocks.size() > 0);
        return blocks.get(blocks.size() - 1);
    }
}
