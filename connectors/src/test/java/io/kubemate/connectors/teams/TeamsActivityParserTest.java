package io.kubemate.connectors.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.MalformedRequestException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TeamsActivityParserTest {

    static final String CONVERSATION = "19:a1b2c3d4e5f6@thread.tacv2;messageid=1764000000000";
    private final TeamsActivityParser parser = new TeamsActivityParser(new ObjectMapper());

    /** A channel message that mentions the bot, as the Bot Connector delivers it. */
    static String message(String id, String text) {
        return """
                {"type":"message","id":"%s","timestamp":"2026-11-24T10:40:00.123Z","serviceUrl":"https://smba.trafficmanager.net/emea/",
                 "channelId":"msteams","from":{"id":"29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB","name":"张三","aadObjectId":"6b8f2b7e-5a3c-4d7e-9f1a-0c2d3e4f5a6b"},
                 "conversation":{"isGroup":true,"conversationType":"channel","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"%s"},
                 "recipient":{"id":"28:c9e8c047-2a74-40a2-b28a-b162d5f5327c","name":"Kubemate"},
                 "textFormat":"plain","text":"%s","entities":[{"type":"mention","text":"<at>Kubemate</at>",
                 "mentioned":{"id":"28:c9e8c047-2a74-40a2-b28a-b162d5f5327c","name":"Kubemate"}}],
                 "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"}}}""".formatted(id, CONVERSATION, text);
    }

    /** An Adaptive Card Action.Submit: a message activity whose value is the action's data. */
    static String submit(String id, String aadObjectId, String value) {
        return """
                {"type":"message","id":"%s","serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams",
                 "from":{"id":"29:other","aadObjectId":"%s"},"conversation":{"id":"%s"},"replyToId":"1764000100000",
                 "value":%s}""".formatted(id, aadObjectId, CONVERSATION, value);
    }

    private InboundRequest parse(String body) {
        return parser.parse("ops", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_a_mention_without_the_at_tag_in_the_conversation_that_names_the_thread() {
        InboundMessage message = (InboundMessage) ((InboundRequest.Received) parse(message("1764000000123",
                "<at>Kubemate</at> payment-api 为什么一直重启？&nbsp;"))).inbound();
        assertEquals(new InboundMessage("teams", "ops", CONVERSATION, null, "6b8f2b7e-5a3c-4d7e-9f1a-0c2d3e4f5a6b",
                "payment-api 为什么一直重启？", "1764000000123"), message);
    }

    @Test
    void reads_a_card_submit_as_a_click_in_the_same_conversation() {
        InboundAction action = (InboundAction) ((InboundRequest.Received) parse(submit("f:42", "aad-1",
                "{\"kubemate_action\":\"confirm\",\"id\":\"p-7f3a\"}"))).inbound();
        assertEquals(new InboundAction("teams", "ops", CONVERSATION, null, "aad-1", "p-7f3a", null,
                InboundAction.Decision.CONFIRM, "f:42"), action);
    }

    @Test
    void ignores_other_activities_and_unknown_actions() {
        assertInstanceOf(InboundRequest.Ignored.class, parse("{\"type\":\"conversationUpdate\",\"id\":\"1\"}"));
        assertInstanceOf(InboundRequest.Ignored.class, parse(submit("f:43", "aad-1", "{\"kubemate_action\":\"explode\",\"id\":\"x\"}")));
    }

    @Test
    void refuses_a_message_without_a_conversation_with_a_reason() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> parse("{\"type\":\"message\",\"id\":\"1\",\"text\":\"hi\",\"from\":{\"id\":\"u\"}}"));
        assertEquals("Teams activity without id, conversation.id or from", e.getMessage());
    }
}
