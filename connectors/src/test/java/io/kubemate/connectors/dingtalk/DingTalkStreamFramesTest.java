package io.kubemate.connectors.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DingTalkStreamFramesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DingTalkStreamFrames frames = new DingTalkStreamFrames(JSON);

    private static String frame(String type, String topic, String messageId, String data) {
        return JSON.createObjectNode().put("specVersion", "1.0").put("type", type).put("data", data)
                .set("headers", JSON.createObjectNode().put("contentType", "application/json").put("messageId", messageId)
                        .put("time", "1764000000000").put("topic", topic)).toString();
    }

    @Test
    void a_robot_callback_is_acknowledged_and_read_as_the_robot_message() throws Exception {
        DingTalkStreamFrames.Frame frame = frames.read("ops", frame("CALLBACK", DingTalkStreamFrames.ROBOT_TOPIC, "m-1",
                DingTalkRequestParserTest.ROBOT_MESSAGE));
        JsonNode ack = JSON.readTree(frame.reply());
        assertEquals(200, ack.path("code").asInt());
        assertEquals("m-1", ack.path("headers").path("messageId").asText());
        InboundMessage message = (InboundMessage) assertInstanceOf(InboundRequest.Received.class, frame.request()).inbound();
        assertEquals("payment-api 为什么一直重启？", message.text());
    }

    @Test
    void a_ping_is_answered_with_its_data_and_a_disconnect_asks_to_reconnect() throws Exception {
        DingTalkStreamFrames.Frame ping = frames.read("ops", frame("SYSTEM", "ping", "p-1", "{\"opaque\":\"x\"}"));
        assertEquals("{\"opaque\":\"x\"}", JSON.readTree(ping.reply()).path("data").asText());
        assertNull(ping.request());
        DingTalkStreamFrames.Frame disconnect = frames.read("ops", frame("SYSTEM", "disconnect", "d-1", "{}"));
        assertTrue(disconnect.disconnect());
    }

    @Test
    void other_topics_are_acknowledged_and_ignored() {
        DingTalkStreamFrames.Frame frame = frames.read("ops", frame("EVENT", "chat_update_title", "e-1", "{}"));
        assertInstanceOf(InboundRequest.Ignored.class, frame.request());
        assertTrue(frame.reply().contains("e-1"));
    }
}
