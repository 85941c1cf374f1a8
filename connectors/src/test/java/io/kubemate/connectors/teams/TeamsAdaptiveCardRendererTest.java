package io.kubemate.connectors.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Renderer;
import io.kubemate.connectors.core.RendererContract;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TeamsAdaptiveCardRendererTest extends RendererContract {

    @Override
    protected Renderer renderer() {
        return new TeamsAdaptiveCardRenderer(new ObjectMapper());
    }

    @Override
    protected String platform() {
        return "teams";
    }

    @Override
    protected String visibleText(ObjectNode part) {
        return TeamsAdaptiveCardRenderer.text(part);
    }

    @Test
    void confirm_and_cancel_are_submit_actions_carrying_the_decision_and_the_proposal() {
        JsonNode actions = renderer().render(proposal()).getLast().path("attachments").get(0).path("content").path("actions");
        assertEquals("Action.Submit", actions.get(0).path("type").asText());
        assertEquals("confirm", actions.get(0).path("data").path("kubemate_action").asText());
        assertEquals("p-7f3a", actions.get(0).path("data").path("id").asText());
        assertEquals("positive", actions.get(0).path("style").asText());
        assertEquals("cancel", actions.get(1).path("data").path("kubemate_action").asText());
    }
}
