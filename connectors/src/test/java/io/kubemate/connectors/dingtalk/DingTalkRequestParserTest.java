package io.kubemate.connectors.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.MalformedRequestException;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DingTalkRequestParserTest {

    private final DingTalkRequestParser parser = new DingTalkRequestParser(new ObjectMapper());

    static final String ROBOT_MESSAGE = """
            {"conversationId":"cidh6ezDLHQau9V23Es/xSLNoiDDmPuN354KylQ2BaIhuM=","atUsers":[{"dingtalkId":"$:LWCP_v1:$bot"}],
             "chatbotCorpId":"dinge19e25c0b3f73fd635c2f4657eb6378f","chatbotUserId":"$:LWCP_v1:$bot","msgId":"msgBjXREkdlZkfTfrIiQomjAw==",
             "senderNick":"张三","isAdmin":false,"senderStaffId":"032615015535634423","sessionWebhookExpiredTime":1764005400000,
             "createAt":1764000000000,"senderCorpId":"dinge19e25c0b3f73fd635c2f4657eb6378f","conversationType":"2",
             "senderId":"$:LWCP_v1:$gzXDEXQDiM8piyLH4HRRcg==","conversationTitle":"支付运维","isInAtList":true,
             "sessionWebhook":"https://oapi.dingtalk.com/robot/sendBySession?session=3dc9981636af125faaf72220d6242ff7",
             "text":{"content":" payment-api 为什么一直重启？"},"robotCode":"dingf0apw4ibx5u5ktba","msgtype":"text"}""";

    @Test
    void reads_a_robot_text_message() {
        InboundMessage message = (InboundMessage) assertInstanceOf(InboundRequest.Received.class, parser.parse("ops-robot", ROBOT_MESSAGE)).inbound();
        assertEquals(new InboundMessage("dingtalk", "ops-robot", "cidh6ezDLHQau9V23Es/xSLNoiDDmPuN354KylQ2BaIhuM=", null,
                "032615015535634423", "payment-api 为什么一直重启？", "msgBjXREkdlZkfTfrIiQomjAw=="), message);
    }

    @Test
    void a_one_to_one_message_and_its_card_click_belong_to_the_person() {
        String single = ROBOT_MESSAGE.replace("\"conversationType\":\"2\"", "\"conversationType\":\"1\"");
        assertEquals("user:032615015535634423", ((InboundRequest.Received) parser.parse("ops-robot", single)).inbound().channel());
        String click = single.replace(" payment-api 为什么一直重启？", "/kubemate confirm p-7f3a");
        assertEquals("user:032615015535634423", ((InboundRequest.Received) parser.parse("ops-robot", click)).inbound().channel());
    }

    @Test
    void a_duplicate_delivery_has_the_same_deduplication_key() {
        var first = ((InboundRequest.Received) parser.parse("ops-robot", ROBOT_MESSAGE)).inbound();
        var again = ((InboundRequest.Received) parser.parse("ops-robot", ROBOT_MESSAGE)).inbound();
        assertEquals(first.eventId(), again.eventId());
    }

    @Test
    void reads_the_command_an_action_card_button_sends_as_a_click_of_the_sender() {
        String url = DingTalkActionCardRenderer.url(Button.confirm("确认", "p-7f3a"));
        String content = URLDecoder.decode(url.substring(url.indexOf("content=") + 8), StandardCharsets.UTF_8);
        String body = ROBOT_MESSAGE.replace(" payment-api 为什么一直重启？", content);
        InboundAction action = (InboundAction) ((InboundRequest.Received) parser.parse("ops-robot", body)).inbound();
        assertEquals(new InboundAction("dingtalk", "ops-robot", "cidh6ezDLHQau9V23Es/xSLNoiDDmPuN354KylQ2BaIhuM=", null,
                "032615015535634423", "p-7f3a", null, InboundAction.Decision.CONFIRM, "msg:msgBjXREkdlZkfTfrIiQomjAw=="), action);
    }

    @Test
    void reads_an_interactive_card_callback_as_a_click() {
        String body = """
                {"extension":"{}","corpId":"dinge19e25c0b3f73fd635c2f4657eb6378f","spaceType":"im","userIdType":1,"type":"actionCallback",
                 "userId":"032615015535634423","spaceId":"cidh6ezDLHQau9V23Es","outTrackId":"kubemate-p-7f3a",
                 "content":"{\\"cardPrivateData\\":{\\"actionIds\\":[\\"cancel\\"],\\"params\\":{\\"action\\":\\"cancel\\",\\"value\\":\\"p-7f3a\\"}}}"}""";
        InboundAction action = (InboundAction) ((InboundRequest.Received) parser.parse("ops-robot", body)).inbound();
        assertEquals(InboundAction.Decision.CANCEL, action.decision());
        assertEquals("p-7f3a", action.proposalId());
        assertEquals("032615015535634423", action.user());
        assertEquals("card:kubemate-p-7f3a:032615015535634423:cancel:p-7f3a", action.eventId());
    }

    @Test
    void ignores_the_check_url_event_and_non_text_messages() {
        assertInstanceOf(InboundRequest.Ignored.class, parser.parse("r", "{\"EventType\":\"check_url\"}"));
        assertInstanceOf(InboundRequest.Ignored.class, parser.parse("r", ROBOT_MESSAGE.replace("\"msgtype\":\"text\"", "\"msgtype\":\"picture\"")));
    }

    @Test
    void refuses_a_message_without_msg_id_with_a_reason() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> parser.parse("r", ROBOT_MESSAGE.replace("\"msgId\"", "\"x\"")));
        assertEquals("DingTalk robot message without msgId, conversationId or sender", e.getMessage());
    }
}
