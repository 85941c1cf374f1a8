package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundAction;
import io.kubemate.connectors.core.InboundMessage;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.MalformedRequestException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeishuLongConnectionFramesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MESSAGE = FeishuRequestParserTest.MESSAGE;
    private final FeishuLongConnectionFrames frames = new FeishuLongConnectionFrames(JSON,
            Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));

    static byte[] data(String type, String messageId, int sum, int seq, byte[] payload) {
        List<FeishuFrame.Header> headers = new ArrayList<>(List.of(new FeishuFrame.Header("type", type),
                new FeishuFrame.Header("message_id", messageId), new FeishuFrame.Header("sum", Integer.toString(sum)),
                new FeishuFrame.Header("seq", Integer.toString(seq)), new FeishuFrame.Header("trace_id", "t-" + messageId)));
        return FeishuFrameCodec.encode(new FeishuFrame(7, 9, 40612, FeishuFrame.DATA, headers, null, null, payload, null));
    }

    private FeishuLongConnectionFrames.Incoming read(byte[] bytes) {
        return frames.read("ops", bytes, FeishuClientConfig.DEFAULT);
    }

    @Test
    void an_event_frame_carries_the_same_event_the_http_callback_would() {
        FeishuLongConnectionFrames.Event event = assertInstanceOf(FeishuLongConnectionFrames.Event.class,
                read(data("event", "m-1", 1, 0, MESSAGE.getBytes(StandardCharsets.UTF_8))));
        InboundMessage message = (InboundMessage) assertInstanceOf(InboundRequest.Received.class, event.request()).inbound();
        assertEquals("ops", message.workspace());
        assertEquals("5e3702a84e847582be8db7fb73283c02", message.eventId());
        assertEquals("m-1", event.frame().header("message_id"));
    }

    @Test
    void a_card_click_reads_as_the_http_click_does() {
        String click = FeishuFixture.event("ev-click-1", "card.action.trigger", FeishuFixture.VERIFICATION_TOKEN, """
                {"operator":{"open_id":"ou_a"},"action":{"value":{"kubemate_action":"confirm","id":"p-1","thread":"om_1"},"tag":"button"},
                 "context":{"open_message_id":"om_card","open_chat_id":"oc_1"}}""");
        FeishuLongConnectionFrames.Event event = assertInstanceOf(FeishuLongConnectionFrames.Event.class,
                read(data("event", "m-2", 1, 0, click.getBytes(StandardCharsets.UTF_8))));
        InboundAction action = (InboundAction) assertInstanceOf(InboundRequest.Received.class, event.request()).inbound();
        assertEquals(InboundAction.Decision.CONFIRM, action.decision());
        assertEquals("ou_a", action.user());
    }

    @Test
    void a_message_split_in_two_is_joined_whatever_order_its_parts_arrive_in() {
        byte[] whole = MESSAGE.getBytes(StandardCharsets.UTF_8);
        byte[] first = Arrays.copyOfRange(whole, 0, 100);
        byte[] second = Arrays.copyOfRange(whole, 100, whole.length);
        assertInstanceOf(FeishuLongConnectionFrames.Nothing.class, read(data("event", "m-3", 2, 1, second)));
        FeishuLongConnectionFrames.Event event = assertInstanceOf(FeishuLongConnectionFrames.Event.class,
                read(data("event", "m-3", 2, 0, first)));
        assertInstanceOf(InboundRequest.Received.class, event.request());
        assertEquals("0", event.frame().header("seq"));
    }

    @Test
    void the_answer_is_the_frame_sent_back_with_code_200_and_the_handling_time() throws Exception {
        FeishuLongConnectionFrames.Event event = (FeishuLongConnectionFrames.Event) read(data("event", "m-4", 1, 0,
                MESSAGE.getBytes(StandardCharsets.UTF_8)));
        FeishuFrame answer = FeishuFrameCodec.decode(frames.answer(event.frame(), 200, Duration.ofMillis(12)));
        JsonNode body = JSON.readTree(answer.payload());
        assertEquals(200, body.path("code").asInt());
        assertEquals("12", answer.header("biz_rt"));
        assertEquals("m-4", answer.header("message_id"));
        assertEquals(7, answer.seqId());
        assertEquals(FeishuFrame.DATA, answer.method());
    }

    @Test
    void a_pong_may_bring_a_new_client_configuration() {
        byte[] pong = FeishuFrameCodec.encode(new FeishuFrame(0, 0, 40612, FeishuFrame.CONTROL, List.of(new FeishuFrame.Header("type", "pong")),
                null, null, "{\"PingInterval\":30,\"ReconnectInterval\":60}".getBytes(StandardCharsets.UTF_8), null));
        FeishuClientConfig config = assertInstanceOf(FeishuLongConnectionFrames.Pong.class, read(pong)).config();
        assertEquals(30, config.pingIntervalSeconds());
        assertEquals(60, config.reconnectIntervalSeconds());
        assertEquals(30, config.reconnectNonceSeconds());
        byte[] bare = FeishuFrameCodec.encode(new FeishuFrame(0, 0, 1, FeishuFrame.CONTROL, List.of(new FeishuFrame.Header("type", "pong")),
                null, null, null, null));
        assertNull(assertInstanceOf(FeishuLongConnectionFrames.Pong.class, read(bare)).config());
    }

    @Test
    void an_event_that_does_not_read_is_reported_with_its_frame_to_answer() {
        FeishuLongConnectionFrames.Unreadable unreadable = assertInstanceOf(FeishuLongConnectionFrames.Unreadable.class,
                read(data("event", "m-5", 1, 0, "{\"schema\":\"2.0\",\"header\":{}}".getBytes(StandardCharsets.UTF_8))));
        assertTrue(unreadable.reason().contains("event_id"), unreadable.reason());
        assertEquals("m-5", unreadable.frame().header("message_id"));
    }

    @Test
    void a_part_numbered_outside_its_sum_is_refused() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> read(data("event", "m-6", 2, 2, new byte[]{1})));
        assertTrue(e.getMessage().contains("part 2 of 2"), e.getMessage());
    }

    @Test
    void other_message_types_are_answered_but_ignored() {
        FeishuLongConnectionFrames.Event event = assertInstanceOf(FeishuLongConnectionFrames.Event.class,
                read(data("unknown", "m-7", 1, 0, new byte[0])));
        assertInstanceOf(InboundRequest.Ignored.class, event.request());
    }
}
