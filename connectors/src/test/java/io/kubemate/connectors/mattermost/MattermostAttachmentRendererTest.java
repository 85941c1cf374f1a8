package io.kubemate.connectors.mattermost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Renderer;
import io.kubemate.connectors.core.RendererContract;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MattermostAttachmentRendererTest extends RendererContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:42:00Z"), ZoneOffset.UTC);
    static final ButtonTokens TOKENS = new ButtonTokens("button-secret-0123456789", CLOCK, Duration.ofMinutes(15));

    @Override
    protected Renderer renderer() {
        return new MattermostAttachmentRenderer(new ObjectMapper(), URI.create("https://kubemate.example.com/hooks/mattermost/actions"), TOKENS);
    }

    @Override
    protected String platform() {
        return "mattermost";
    }

    @Override
    protected String visibleText(ObjectNode part) {
        return part.path("props").path("attachments").get(0).path("text").asText();
    }

    @Test
    void buttons_carry_a_token_that_checks_out() {
        JsonNode actions = renderer().render(proposal()).getLast().path("props").path("attachments").get(0).path("actions");
        JsonNode context = actions.get(0).path("integration").path("context");
        assertEquals("confirm", context.path("decision").asText());
        assertEquals("primary", actions.get(0).path("style").asText());
        assertEquals("danger", actions.get(1).path("style").asText());
        assertTrue(TOKENS.check(context.path("token").asText(), "confirm", "p-7f3a", "").isEmpty());
    }
}
