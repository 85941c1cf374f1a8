package io.kubemate.connectors.mattermost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.OutboundMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue 18 item 9: Mattermost does not sign button clicks, so a plain HTTP client can post one with any
 * {@code user_id}. A click must be bound to the person the button was for and to the conversation it was shown in.
 */
class MattermostClickAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ButtonTokens tokens = MattermostAttachmentRendererTest.TOKENS;
    private final MattermostAttachmentRenderer renderer = new MattermostAttachmentRenderer(JSON,
            URI.create("https://bot.example.com/hooks/mattermost/actions"), tokens);
    private final MattermostRequestParser parser = new MattermostRequestParser(JSON);

    /** The context of the first button of a message sent to {@code dev} in channel c1, thread root1. */
    private ObjectNode context(Button button) {
        OutboundMessage message = OutboundMessage.builder().section("scale ledger-api 2 → 3").button(button).build();
        JsonNode post = renderer.render(message, "c1", "root1").getFirst();
        return (ObjectNode) post.path("props").path("attachments").get(0).path("actions").get(0).path("integration").path("context");
    }

    private MattermostRequestParser.Result click(String user, String channel, JsonNode context) {
        ObjectNode body = JSON.createObjectNode().put("user_id", user).put("channel_id", channel).put("post_id", "post9")
                .put("trigger_id", "tr1");
        body.set("context", context);
        return parser.action("ops", body.toString().getBytes(StandardCharsets.UTF_8), tokens);
    }

    @Test
    void the_intended_click_is_taken() {
        assertNotNull(click("dev", "c1", context(Button.confirm("Confirm", "p-1").forUser("dev"))).request());
    }

    @Test
    void refuses_a_confirm_click_posted_with_another_users_id() {
        assertNull(click("mallory", "c1", context(Button.confirm("Confirm", "p-1").forUser("dev"))).request());
    }

    @Test
    void refuses_a_cancel_click_posted_with_another_users_id() {
        assertNull(click("mallory", "c1", context(Button.cancel("Cancel", "p-1").forUser("dev"))).request());
    }

    @Test
    void refuses_an_answer_choice_posted_as_someone_else() {
        assertNull(click("admin", "c1", context(Button.choice("payment-api-1", "say:delete pod payment-api-1").forUser("dev")))
                .request());
    }

    @Test
    void refuses_a_button_moved_to_another_channel() {
        assertNull(click("dev", "c2", context(Button.confirm("Confirm", "p-1").forUser("dev"))).request());
    }

    @Test
    void refuses_a_button_moved_to_another_thread() {
        ObjectNode moved = context(Button.confirm("Confirm", "p-1").forUser("dev")).put("root_id", "root2");
        assertNull(click("dev", "c1", moved).request());
    }

    @Test
    void refuses_a_personal_button_whose_audience_was_blanked() {
        ObjectNode blanked = context(Button.confirm("Confirm", "p-1").forUser("dev")).put("user", "");
        assertNull(click("mallory", "c1", blanked).request());
    }

    @Test
    void refuses_a_channel_wide_alert_button_moved_to_another_channel() {
        assertNull(click("anyone", "c2", context(Button.choice("Investigate", "alert:0123456789abcdef"))).request());
    }
}
