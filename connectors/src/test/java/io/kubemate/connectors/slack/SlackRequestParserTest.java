package io.kubemate.connectors.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.MalformedRequestException;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlackRequestParserTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private final SlackRequestParser parser = new SlackRequestParser(new ObjectMapper());

    private InboundRequest parse(String body, String contentType) {
        return parser.parse("acme", body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    @Test
    void answers_the_url_verification_challenge() {
        InboundRequest request = parse("""
                {"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", JSON);
        assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", assertInstanceOf(InboundRequest.Challenge.class, request).body());
    }

    @Test
    void reads_a_mention_in_a_thread_without_the_mention() {
        InboundRequest request = parse("""
                {"token":"x","team_id":"T123ABC456","api_app_id":"A123","type":"event_callback","event_id":"Ev0PV52K21",
                 "event_time":1764000000,"event":{"type":"app_mention","user":"U024BE7LH","text":"<@U0LAN0Z89> payment-api 为什么一直重启？",
                 "ts":"1764000000.000200","thread_ts":"1764000000.000100","channel":"C123ABC456","event_ts":"1764000000.000200"}}""", JSON);
        InboundMessage message = (InboundMessage) assertInstanceOf(InboundRequest.Received.class, request).inbound();
        assertEquals(new InboundMessage("slack", "acme", "C123ABC456", "1764000000.000100", "U024BE7LH", "payment-api 为什么一直重启？", "Ev0PV52K21"), message);
        assertEquals("slack:acme:C123ABC456:1764000000.000100", message.conversation());
        assertEquals("slack:U024BE7LH", message.chatUser());
    }

    @Test
    void starts_a_thread_on_a_mention_outside_one() {
        InboundRequest request = parse("""
                {"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","user":"U1","text":"<@U0LAN0Z89> /alerts","ts":"1764000000.000300","channel":"C1"}}""", JSON);
        assertEquals("1764000000.000300", ((InboundRequest.Received) request).inbound().thread());
    }

    @Test
    void answers_direct_messages_but_ignores_plain_channel_messages_and_bots() {
        assertInstanceOf(InboundRequest.Received.class, parse("""
                {"type":"event_callback","event_id":"Ev2","event":{"type":"message","channel_type":"im","user":"U1","text":"/help","ts":"1.2","channel":"D1"}}""", JSON));
        assertInstanceOf(InboundRequest.Ignored.class, parse("""
                {"type":"event_callback","event_id":"Ev3","event":{"type":"message","channel_type":"channel","user":"U1","text":"hi","ts":"1.2","channel":"C1"}}""", JSON));
        assertInstanceOf(InboundRequest.Ignored.class, parse("""
                {"type":"event_callback","event_id":"Ev4","event":{"type":"message","channel_type":"im","bot_id":"B1","text":"my own reply","ts":"1.3","channel":"D1"}}""", JSON));
        assertInstanceOf(InboundRequest.Ignored.class, parse("""
                {"type":"event_callback","event_id":"Ev5","event":{"type":"message","subtype":"message_changed","channel_type":"im","ts":"1.4","channel":"D1"}}""", JSON));
    }

    @Test
    void reads_the_kubemate_slash_command() {
        InboundRequest request = parse("token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=C2147483705"
                + "&channel_name=test&user_id=U2147483697&user_name=Steve&command=%2Fkubemate&text=get+pods+in+payments"
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678&trigger_id=13345224609.738474920.8088930838d88f008e0", FORM);
        InboundMessage message = (InboundMessage) ((InboundRequest.Received) request).inbound();
        assertEquals("get pods in payments", message.text());
        assertEquals("C2147483705", message.channel());
        assertNull(message.thread());
        assertEquals("slash:13345224609.738474920.8088930838d88f008e0", message.eventId());
    }

    @Test
    void reads_a_confirm_click_from_block_actions() {
        String payload = """
                {"type":"block_actions","user":{"id":"U024BE7LH","username":"zhangsan","team_id":"T123"},"team":{"id":"T123","domain":"acme"},
                 "container":{"type":"message","message_ts":"1764000001.000500","channel_id":"C123","is_ephemeral":false},
                 "trigger_id":"12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3","channel":{"id":"C123","name":"ops"},
                 "message":{"type":"message","ts":"1764000001.000500","thread_ts":"1764000000.000100","text":"Proposal"},
                 "actions":[{"action_id":"kubemate_confirm","block_id":"b1","value":"p-7f3a","style":"primary","type":"button","action_ts":"1764000002.123456"}]}""";
        InboundRequest request = parse("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), FORM);
        InboundAction action = (InboundAction) ((InboundRequest.Received) request).inbound();
        assertEquals(new InboundAction("slack", "acme", "C123", "1764000000.000100", "U024BE7LH", "p-7f3a", null,
                InboundAction.Decision.CONFIRM, "action:1764000002.123456:U024BE7LH"), action);
    }

    @Test
    void reads_a_choice_click_and_ignores_link_clicks() {
        String choice = """
                {"type":"block_actions","user":{"id":"U1"},"channel":{"id":"C1"},"container":{"message_ts":"5.5"},
                 "actions":[{"action_id":"kubemate_choice_0","value":"investigate:trade:HighLatency","action_ts":"6.6"}]}""";
        InboundAction action = (InboundAction) ((InboundRequest.Received) parse("payload=" + URLEncoder.encode(choice, StandardCharsets.UTF_8), FORM)).inbound();
        assertEquals(InboundAction.Decision.CHOICE, action.decision());
        assertEquals("investigate:trade:HighLatency", action.choiceId());
        assertEquals("5.5", action.thread());
        String link = choice.replace("kubemate_choice_0", "kubemate_link_1");
        assertInstanceOf(InboundRequest.Ignored.class, parse("payload=" + URLEncoder.encode(link, StandardCharsets.UTF_8), FORM));
    }

    @Test
    void refuses_a_body_that_is_not_json_with_a_reason() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class, () -> parse("{not json", JSON));
        assertEquals("Slack event body is not valid JSON", e.getMessage().substring(0, "Slack event body is not valid JSON".length()));
    }
}
