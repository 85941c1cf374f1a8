package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.MalformedRequestException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.kubemate.connectors.feishu.FeishuFixture.ENCRYPT_KEY;
import static io.kubemate.connectors.feishu.FeishuFixture.VERIFICATION_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeishuRequestParserTest {

    private final FeishuRequestParser parser = new FeishuRequestParser(Map.of("ops", ENCRYPT_KEY), new ObjectMapper());

    static final String MESSAGE = FeishuFixture.event("5e3702a84e847582be8db7fb73283c02", "im.message.receive_v1", VERIFICATION_TOKEN, """
            {"sender":{"sender_id":{"union_id":"on_8ed6aa67826108097d9ee143816345","user_id":"e33ggbyz","open_id":"ou_84aad35d084aa403a838cf73ee18467"},
              "sender_type":"user","tenant_key":"736588c9260f175e"},
             "message":{"message_id":"om_5ce6d572455d361153b7cb51da133945","root_id":"","parent_id":"","create_time":"1764000000000",
              "chat_id":"oc_5ce6d572455d361153b7cb5xxfsdfsdfdsf","chat_type":"group","message_type":"text",
              "content":"{\\"text\\":\\"@_user_1 payment-api 为什么一直重启？\\"}",
              "mentions":[{"key":"@_user_1","id":{"open_id":"ou_bot"},"name":"Kubemate","tenant_key":"736588c9260f175e"}]}}""");

    private InboundRequest parse(String plaintext) {
        try {
            return parser.parse("ops", FeishuFixture.encryptedBody(plaintext));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reads_a_mention_in_a_group_and_starts_a_thread_on_it() {
        InboundMessage message = (InboundMessage) assertInstanceOf(InboundRequest.Received.class, parse(MESSAGE)).inbound();
        assertEquals(new InboundMessage("feishu", "ops", "oc_5ce6d572455d361153b7cb5xxfsdfsdfdsf", "om_5ce6d572455d361153b7cb51da133945",
                "ou_84aad35d084aa403a838cf73ee18467", "payment-api 为什么一直重启？", "5e3702a84e847582be8db7fb73283c02"), message);
    }

    @Test
    void a_redelivered_event_has_the_same_event_id() {
        assertEquals(((InboundRequest.Received) parse(MESSAGE)).inbound().eventId(), ((InboundRequest.Received) parse(MESSAGE)).inbound().eventId());
    }

    @Test
    void replies_in_the_thread_a_message_belongs_to() {
        InboundMessage message = (InboundMessage) ((InboundRequest.Received) parse(MESSAGE.replace("\"root_id\":\"\"", "\"root_id\":\"om_root\""))).inbound();
        assertEquals("om_root", message.thread());
    }

    @Test
    void answers_the_url_verification_challenge() {
        InboundRequest request = parse("{\"challenge\":\"ajls384kdjx98XX\",\"token\":\"" + VERIFICATION_TOKEN + "\",\"type\":\"url_verification\"}");
        assertEquals(new InboundRequest.Challenge("{\"challenge\":\"ajls384kdjx98XX\"}", "application/json"), request);
    }

    private static String cardClick(String value) {
        return FeishuFixture.event("f7984f25108f8137722bb63cee927e66", "card.action.trigger", VERIFICATION_TOKEN, """
                {"operator":{"tenant_key":"9a6ac8f7bc1dbc9f","user_id":"867bcb5d","open_id":"ou_84aad35d084aa403a838cf73ee18467"},
                 "token":"c-295ee57216a5dc9de90fefd0aadb4b1d7d337c5d","host":"im_message",
                 "action":{"value":%s,"tag":"button"},
                 "context":{"open_message_id":"om_card","open_chat_id":"oc_5ce6d572455d361153b7cb5xxfsdfsdfdsf"}}""".formatted(value));
    }

    @Test
    void reads_a_card_button_as_a_click_of_the_operator_in_the_thread_the_card_was_posted_in() {
        InboundAction action = (InboundAction) ((InboundRequest.Received) parse(cardClick(
                "{\"kubemate_action\":\"confirm\",\"id\":\"p-7f3a\",\"thread\":\"om_5ce6d572455d361153b7cb51da133945\"}"))).inbound();
        assertEquals(new InboundAction("feishu", "ops", "oc_5ce6d572455d361153b7cb5xxfsdfsdfdsf", "om_5ce6d572455d361153b7cb51da133945",
                "ou_84aad35d084aa403a838cf73ee18467", "p-7f3a", null, InboundAction.Decision.CONFIRM, "f7984f25108f8137722bb63cee927e66"), action);
    }

    @Test
    void a_confirm_on_a_card_outside_threads_belongs_to_the_chat_and_a_choice_opens_a_thread_on_the_card() {
        InboundAction confirm = (InboundAction) ((InboundRequest.Received) parse(cardClick(
                "{\"kubemate_action\":\"confirm\",\"id\":\"p-7f3a\"}"))).inbound();
        assertEquals(null, confirm.thread());
        InboundAction choice = (InboundAction) ((InboundRequest.Received) parse(cardClick(
                "{\"kubemate_action\":\"choice\",\"id\":\"investigate:HighLatency:trade\"}"))).inbound();
        assertEquals("om_card", choice.thread());
        assertEquals("investigate:HighLatency:trade", choice.choiceId());
    }

    @Test
    void ignores_bots_and_other_events() {
        assertInstanceOf(InboundRequest.Ignored.class, parse(MESSAGE.replace("\"sender_type\":\"user\"", "\"sender_type\":\"app\"")));
        assertInstanceOf(InboundRequest.Ignored.class, parse(FeishuFixture.event("e2", "im.chat.member.bot.added_v1", VERIFICATION_TOKEN, "{}")));
    }

    @Test
    void refuses_a_body_that_does_not_decrypt_with_a_reason() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> parser.parse("ops", "{\"encrypt\":\"bm90IGEgY2lwaGVydGV4dCBhdCBhbGwgMTIzNDU2Nzg5MA==\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Feishu event does not decrypt with the Encrypt Key of ops", e.getMessage());
    }
}
