package io.kubemate.connectors.feishu;

import io.kubemate.connectors.core.MalformedRequestException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeishuFrameCodecTest {

    /**
     * {@code pbbp2.Frame{SeqID:1, LogID:2, service:3, method:1, headers:[{type:event}], payload:"{}"}} written out by hand
     * from the protobuf wire format: tag (field << 3 | wire type), then a varint or a length and the bytes.
     */
    private static final String SMALL_FRAME = "0801" + "1002" + "1803" + "2001"
            + "2a0d" + "0a04" + hex("type") + "1205" + hex("event")
            + "4202" + hex("{}");

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static FeishuFrame small() {
        return new FeishuFrame(1, 2, 3, FeishuFrame.DATA, List.of(new FeishuFrame.Header("type", "event")), null, null,
                "{}".getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void writes_the_protobuf_wire_format_of_pbbp2_frame() {
        assertEquals(SMALL_FRAME, HexFormat.of().formatHex(FeishuFrameCodec.encode(small())));
    }

    @Test
    void reads_the_protobuf_wire_format_of_pbbp2_frame() {
        FeishuFrame frame = FeishuFrameCodec.decode(HexFormat.of().parseHex(SMALL_FRAME));
        assertEquals(small(), frame);
        assertEquals("event", frame.header("type"));
    }

    @Test
    void every_field_survives_a_round_trip_including_an_unsigned_64_bit_log_id() {
        FeishuFrame frame = new FeishuFrame(Long.MAX_VALUE, -1L, 40612, FeishuFrame.DATA,
                List.of(new FeishuFrame.Header("type", "event"), new FeishuFrame.Header("message_id", "a1b2"),
                        new FeishuFrame.Header("trace_id", "链路-7")),
                "gzip", "json", "{\"schema\":\"2.0\"}".getBytes(StandardCharsets.UTF_8), "02a3f");
        assertEquals(frame, FeishuFrameCodec.decode(FeishuFrameCodec.encode(frame)));
    }

    @Test
    void fields_it_does_not_know_are_skipped() {
        byte[] withUnknown = HexFormat.of().parseHex(SMALL_FRAME + "7807" + "8201" + "03616263");
        assertEquals(small(), FeishuFrameCodec.decode(withUnknown));
    }

    @Test
    void a_ping_carries_the_service_and_the_ping_type_on_a_control_frame() {
        FeishuFrame ping = FeishuFrameCodec.decode(FeishuFrameCodec.encode(FeishuFrame.ping(40612)));
        assertEquals(FeishuFrame.CONTROL, ping.method());
        assertEquals(40612, ping.service());
        assertEquals("ping", ping.header("type"));
        assertEquals(0, ping.payload().length);
    }

    @Test
    void rejects_bytes_cut_short() {
        byte[] bytes = HexFormat.of().parseHex(SMALL_FRAME);
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> FeishuFrameCodec.decode(Arrays.copyOf(bytes, bytes.length - 1)));
        assertEquals(true, e.getMessage().startsWith("not a Feishu frame"), e.getMessage());
    }

    @Test
    void rejects_a_frame_without_its_required_fields() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> FeishuFrameCodec.decode("{\"code\":200}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(true, e.getMessage().contains("Feishu frame"), e.getMessage());
    }

    @Test
    void rejects_a_header_without_a_value() {
        byte[] bytes = HexFormat.of().parseHex("0801" + "1002" + "1803" + "2001" + "2a06" + "0a04" + hex("type"));
        assertThrows(MalformedRequestException.class, () -> FeishuFrameCodec.decode(bytes));
    }

    @Test
    void answering_keeps_the_frame_and_adds_one_header() {
        FeishuFrame answered = small().answer("{\"code\":200}", new FeishuFrame.Header("biz_rt", "3"));
        assertEquals(List.of(new FeishuFrame.Header("type", "event"), new FeishuFrame.Header("biz_rt", "3")), answered.headers());
        assertArrayEquals("{\"code\":200}".getBytes(StandardCharsets.UTF_8), answered.payload());
        assertEquals(1, answered.seqId());
    }
}
