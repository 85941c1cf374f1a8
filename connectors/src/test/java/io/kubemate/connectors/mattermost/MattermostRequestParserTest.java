package io.kubemate.connectors.mattermost;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MattermostRequestParserTest {

    private final MattermostRequestParser parser = new MattermostRequestParser(new ObjectMapper());
    private final ButtonTokens tokens = MattermostAttachmentRendererTest.TOKENS;

    @Test
    void reads_a_slash_command() {
        byte[] form = ("channel_id=fukhkr8ak3rnbjq1y5t7gmfa1r&channel_name=ops&command=%2Fkubemate&response_url=x&team_domain=acme"
                + "&team_id=ob4stnqf7fbkjkqb6yzyi5xuge&text=payment-api+%E4%B8%BA%E4%BB%80%E4%B9%88%E4%B8%80%E7%9B%B4%E9%87%8D%E5%90%AF"
                + "&token=xr3j5x3p4pfk7kfbq1uh3ma5mw&trigger_id=dHJpZ2dlcg&user_id=n6ao6dw1r7ny5ejd9ffgd8s4ba&user_name=zhangsan")
                .getBytes(StandardCharsets.UTF_8);
        InboundMessage message = (InboundMessage) ((InboundRequest.Received) parser.message("ops", form)).inbound();
        assertEquals("payment-api 为什么一直重启", message.text());
        assertEquals("mattermost:n6ao6dw1r7ny5ejd9ffgd8s4ba", message.chatUser());
        assertNull(message.thread());
        assertEquals("slash:dHJpZ2dlcg", message.eventId());
    }

    @Test
    void reads_an_outgoing_webhook_in_the_thread_of_its_post_without_the_trigger_word() {
        byte[] form = "token=t&team_id=t1&channel_id=c1&user_id=u1&post_id=p1&text=kubemate+%2Falerts&trigger_word=kubemate"
                .getBytes(StandardCharsets.UTF_8);
        InboundMessage message = (InboundMessage) ((InboundRequest.Received) parser.message("ops", form)).inbound();
        assertEquals("/alerts", message.text());
        assertEquals("p1", message.thread());
    }

    @Test
    void takes_a_click_with_a_valid_token_and_refuses_one_without() {
        String token = tokens.issue("confirm", "p-7f3a", "", "c1", "root1");
        String click = """
                {"user_id":"u1","user_name":"zhangsan","channel_id":"c1","team_id":"t1","post_id":"post9","trigger_id":"tr1","type":"",
                 "context":{"decision":"confirm","value":"p-7f3a","user":"","token":"%s","root_id":"root1"}}""";
        MattermostRequestParser.Result ok = parser.action("ops", click.formatted(token).getBytes(StandardCharsets.UTF_8), tokens);
        InboundAction action = (InboundAction) ((InboundRequest.Received) ok.request()).inbound();
        assertEquals("p-7f3a", action.proposalId());
        assertEquals(InboundAction.Decision.CONFIRM, action.decision());
        assertEquals("root1", action.thread());

        MattermostRequestParser.Result forged = parser.action("ops", click.formatted(token).replace("p-7f3a", "p-other")
                .getBytes(StandardCharsets.UTF_8), tokens);
        assertNull(forged.request());
        assertTrue(forged.rejected().detail().contains("forged or altered"), forged.rejected().detail());
        MattermostRequestParser.Result missing = parser.action("ops", click.formatted(token).replace("\"token\":\"" + token + "\",", "")
                .getBytes(StandardCharsets.UTF_8), tokens);
        assertEquals("the button carries no signed token", missing.rejected().detail());
    }
}
