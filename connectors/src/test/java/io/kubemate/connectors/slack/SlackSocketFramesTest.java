package io.kubemate.connectors.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.MalformedRequestException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackSocketFramesTest {

    private final SlackSocketFrames frames = new SlackSocketFrames(new ObjectMapper());

    @Test
    void reads_a_slash_command_envelope_like_the_http_form() {
        SlackSocketFrames.Frame frame = frames.read("acme", """
                {"envelope_id":"e1","type":"slash_commands","payload":{"team_id":"T1","channel_id":"C7","user_id":"U1",
                 "command":"/kubemate","text":"  /inspect payments ","trigger_id":"tr-1"}}""");
        assertEquals("e1", frame.envelopeId());
        InboundMessage message = (InboundMessage) ((InboundRequest.Received) frame.request()).inbound();
        assertEquals("slack:acme:C7:-", message.conversation());
        assertEquals("/inspect payments", message.text());
        assertEquals("{\"envelope_id\":\"e1\"}", frames.ack("e1"));
    }

    @Test
    void reads_a_button_click_and_knows_hello_and_disconnect() {
        SlackSocketFrames.Frame click = frames.read("acme", """
                {"envelope_id":"e2","type":"interactive","payload":{"type":"block_actions","user":{"id":"U1"},"channel":{"id":"C1"},
                 "message":{"ts":"2.2","thread_ts":"1.1"},"actions":[{"action_id":"kubemate_cancel","value":"p-1","action_ts":"3.3"}]}}""");
        InboundAction action = (InboundAction) ((InboundRequest.Received) click.request()).inbound();
        assertEquals(InboundAction.Decision.CANCEL, action.decision());
        assertEquals("1.1", action.thread());
        assertInstanceOf(InboundRequest.Ignored.class, frames.read("acme", "{\"type\":\"hello\",\"num_connections\":1}").request());
        assertTrue(frames.read("acme", "{\"type\":\"disconnect\",\"reason\":\"warning\"}").disconnect());
    }

    @Test
    void refuses_an_envelope_without_an_id() {
        assertThrows(MalformedRequestException.class, () -> frames.read("acme", """
                {"type":"slash_commands","payload":{"team_id":"T1","channel_id":"C7","user_id":"U1","text":"hi"}}"""));
    }
}
