package io.kubemate.connectors.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Renderer;
import io.kubemate.connectors.core.RendererContract;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeComTemplateCardRendererTest extends RendererContract {

    @Override
    protected Renderer renderer() {
        return new WeComTemplateCardRenderer(new ObjectMapper());
    }

    @Override
    protected String platform() {
        return "wecom";
    }

    @Override
    protected String visibleText(ObjectNode part) {
        return part.path("markdown").path("content").asText(part.path("template_card").path("sub_title_text").asText(""));
    }

    @Test
    void buttons_carry_the_decision_and_proposal_in_their_key() {
        JsonNode card = renderer().render(proposal()).getLast().path("template_card");
        assertEquals("button_interaction", card.path("card_type").asText());
        assertEquals("confirm:p-7f3a", card.path("button_list").get(0).path("key").asText());
        assertEquals("cancel:p-7f3a", card.path("button_list").get(1).path("key").asText());
    }

    @Test
    void every_markdown_part_fits_wecoms_2048_bytes_even_in_chinese() {
        String chinese = "支付服务重启".repeat(600);
        var parts = renderer().render(io.kubemate.connectors.core.OutboundMessage.builder().section(chinese).build());
        assertTrue(parts.size() > 1);
        parts.forEach(p -> assertTrue(p.path("markdown").path("content").asText().getBytes(StandardCharsets.UTF_8).length <= 2048));
    }
}
