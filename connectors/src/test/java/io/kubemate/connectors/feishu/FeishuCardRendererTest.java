package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.ConfirmTexts;
import io.kubemate.connectors.core.Renderer;
import io.kubemate.connectors.core.RendererContract;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeishuCardRendererTest extends RendererContract {

    static final ConfirmTexts CONFIRM = new ConfirmTexts("执行这个变更？", "将以你的身份立即执行。", "执行", "取消");

    @Override
    protected Renderer renderer() {
        return new FeishuCardRenderer(new ObjectMapper(), CONFIRM);
    }

    @Override
    protected String platform() {
        return "feishu";
    }

    @Override
    protected String visibleText(ObjectNode part) {
        return StreamSupport.stream(part.path("elements").spliterator(), false).map(FeishuCardRenderer::text).collect(Collectors.joining("\n"));
    }

    @Test
    void buttons_carry_the_action_and_proposal_in_their_value() {
        JsonNode actions = renderer().render(proposal()).getLast().path("elements").get(3).path("actions");
        assertEquals("confirm", actions.get(0).path("value").path("kubemate_action").asText());
        assertEquals("p-7f3a", actions.get(0).path("value").path("id").asText());
        assertEquals("primary", actions.get(0).path("type").asText());
        assertEquals("执行这个变更？", actions.get(0).path("confirm").path("title").path("content").asText());
        assertEquals("danger", actions.get(1).path("type").asText());
    }
}
