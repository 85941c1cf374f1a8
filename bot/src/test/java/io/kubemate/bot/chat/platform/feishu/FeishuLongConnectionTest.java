package io.kubemate.bot.chat.platform.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.chat.platform.PlatformApiStandIn;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.connectors.core.Sleeper;
import io.kubemate.connectors.feishu.FeishuFrame;
import io.kubemate.connectors.feishu.FeishuFrameCodec;
import io.kubemate.connectors.feishu.FeishuLongConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static io.kubemate.bot.chat.platform.HookCalls.idle;
import static io.kubemate.bot.chat.platform.HookCalls.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feishu over the long connection: the bot connects out, pings, acknowledges each event frame and answers like the HTTP hook. */
class FeishuLongConnectionTest {

    private static final String CHAT = FeishuEvents.CHAT;
    private static final String REQUESTER = FeishuEvents.REQUESTER;
    private static final FeishuEvents EVENTS = new FeishuEvents("");
    private static FeishuLongConnectionStandIn feishu;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        feishu = new FeishuLongConnectionStandIn();
        // No Encrypt Key or Verification Token: the long connection needs neither.
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.identity.dev-user", "feishu:" + REQUESTER,
                "kubemate.feishu.ops.app-id", "cli_a1b2c3d4e5f6",
                "kubemate.feishu.ops.app-secret", "app-secret",
                "kubemate.feishu.ops.long-connection", true,
                "kubemate.feishu.ops.api-url", feishu.apiUrl()));
        await(() -> feishu.connections() == 1, "the bot opened the long connection");
    }

    @AfterAll
    static void stop() {
        bot.close();
        feishu.close();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    /** A data frame as Feishu sends it: type, message_id, sum, seq and trace_id headers around (part of) the event. */
    private static byte[] frame(String frameId, int sum, int seq, byte[] payload) {
        List<FeishuFrame.Header> headers = List.of(new FeishuFrame.Header("type", "event"), new FeishuFrame.Header("message_id", frameId),
                new FeishuFrame.Header("sum", Integer.toString(sum)), new FeishuFrame.Header("seq", Integer.toString(seq)),
                new FeishuFrame.Header("trace_id", "trace-" + frameId));
        return FeishuFrameCodec.encode(new FeishuFrame(11, 22, FeishuLongConnectionStandIn.SERVICE, FeishuFrame.DATA, headers, null, null,
                payload, "log-" + frameId));
    }

    private static byte[] frame(String frameId, String event) {
        return frame(frameId, 1, 0, event.getBytes(StandardCharsets.UTF_8));
    }

    private static List<FeishuFrame> answers(String frameId) {
        return feishu.received().stream().filter(f -> f.method() == FeishuFrame.DATA && frameId.equals(f.header("message_id"))).toList();
    }

    private static List<PlatformApiStandIn.Call> replies(String messageId) {
        return feishu.calls("/open-apis/im/v1/messages/" + messageId + "/reply");
    }

    @Test
    void asks_the_endpoint_with_the_app_credentials() {
        JsonNode credentials = read(feishu.calls("/callback/ws/endpoint").getFirst().body());
        assertEquals("cli_a1b2c3d4e5f6", credentials.path("AppID").asText());
        assertEquals("app-secret", credentials.path("AppSecret").asText());
    }

    @Test
    void a_message_is_acknowledged_with_code_200_and_answered_once_even_when_pushed_twice() throws Exception {
        String event = EVENTS.message("ev-ws-1", "om_ws1", "get pods in payments");
        feishu.push(frame("frame-1a", event));
        feishu.push(frame("frame-1b", event));
        await(() -> answers("frame-1a").size() == 1 && answers("frame-1b").size() == 1, "both frames acknowledged");
        FeishuFrame ack = answers("frame-1a").getFirst();
        assertEquals(200, read(new String(ack.payload(), StandardCharsets.UTF_8)).path("code").asInt());
        assertTrue(ack.header("biz_rt").matches("\\d+"), ack.toString());
        assertEquals(11, ack.seqId());
        assertEquals("log-frame-1a", ack.logIdNew());
        await(() -> !replies("om_ws1").isEmpty(), "the message was answered");
        idle(bot);
        assertEquals(1, replies("om_ws1").size(), replies("om_ws1").toString());
        JsonNode reply = read(replies("om_ws1").getFirst().body());
        assertTrue(reply.path("content").asText().contains("payment-api-7d9f8b6c5d-x2k4p"), reply.toString());
    }

    @Test
    void a_message_split_over_two_frames_is_joined_and_answered() throws Exception {
        byte[] whole = EVENTS.message("ev-ws-2", "om_ws2", "get pods in payments").getBytes(StandardCharsets.UTF_8);
        feishu.push(frame("frame-2", 2, 0, Arrays.copyOfRange(whole, 0, whole.length / 2)));
        feishu.push(frame("frame-2", 2, 1, Arrays.copyOfRange(whole, whole.length / 2, whole.length)));
        await(() -> !replies("om_ws2").isEmpty(), "the joined message was answered");
        assertEquals(1, answers("frame-2").size(), "only the frame completing the message is acknowledged");
        assertEquals("1", answers("frame-2").getFirst().header("seq"));
    }

    @Test
    void pings_on_the_control_channel_with_the_service_id_and_keeps_the_connection() throws Exception {
        await(() -> feishu.received().stream().filter(f -> "ping".equals(f.header("type"))).count() >= 2,
                "pinged again after the configured interval");
        FeishuFrame ping = feishu.received().stream().filter(f -> "ping".equals(f.header("type"))).findFirst().orElseThrow();
        assertEquals(FeishuFrame.CONTROL, ping.method());
        assertEquals(FeishuLongConnectionStandIn.SERVICE, ping.service());
    }

    @Test
    void a_malformed_frame_is_skipped_and_the_connection_keeps_working() throws Exception {
        int before = feishu.connections();
        feishu.push("not a protobuf frame".getBytes(StandardCharsets.UTF_8));
        feishu.push(frame("frame-3", EVENTS.message("ev-ws-3", "om_ws3", "get pods in payments")));
        await(() -> !replies("om_ws3").isEmpty(), "the next message was answered");
        assertEquals(before, feishu.connections());
    }

    @Test
    void a_card_confirm_is_refused_for_another_person_and_executes_for_the_requester() throws Exception {
        feishu.push(frame("frame-4", EVENTS.message("ev-ws-scale", "om_ws_scale", "scale payment-api to 3")));
        await(() -> !replies("om_ws_scale").isEmpty(), "the proposal card was posted");
        idle(bot);
        JsonNode card = read(read(replies("om_ws_scale").getFirst().body()).path("content").asText());
        JsonNode confirm = null;
        for (JsonNode element : card.path("elements")) {
            for (JsonNode action : element.path("actions")) {
                if ("confirm".equals(action.path("value").path("kubemate_action").asText())) {
                    confirm = action.path("value");
                }
            }
        }
        assertTrue(confirm != null, card.toString());
        feishu.push(frame("frame-5", EVENTS.click("ev-ws-click-other", "ou_someone_else", confirm)));
        await(() -> replies("om_ws_scale").size() == 2, "the other person's click was answered");
        idle(bot);
        assertTrue(replies("om_ws_scale").stream().noneMatch(FeishuLongConnectionTest::executed), replies("om_ws_scale").toString());
        feishu.push(frame("frame-6", EVENTS.click("ev-ws-click-mine", REQUESTER, confirm)));
        await(() -> replies("om_ws_scale").stream().anyMatch(FeishuLongConnectionTest::executed), "executed for the requester");
        assertEquals(200, read(new String(answers("frame-6").getFirst().payload(), StandardCharsets.UTF_8)).path("code").asInt());
    }

    private static boolean executed(PlatformApiStandIn.Call call) {
        return call.body().contains("Done:") && !call.body().contains("Not done:");
    }

    @Test
    void reconnects_after_feishu_closes_the_connection() throws Exception {
        int before = feishu.connections();
        feishu.hangUp();
        await(() -> feishu.connections() == before + 1, "a new connection after the close");
        assertTrue(feishu.calls("/callback/ws/endpoint").size() >= 2, "a fresh URL was asked for");
    }

    @Test
    void a_connection_closed_at_shutdown_sends_a_normal_close() throws Exception {
        try (FeishuLongConnectionStandIn own = new FeishuLongConnectionStandIn()) {
            FeishuLongConnection connection = new FeishuLongConnection("solo", URI.create(own.apiUrl()), "cli_solo", "secret",
                    HttpClient.newHttpClient(), new ObjectMapper(), request -> { }, Sleeper.SYSTEM, Clock.systemUTC());
            connection.start();
            await(() -> own.connections() == 1, "connected");
            await(() -> !own.received().isEmpty(), "the first ping arrived");
            connection.close();
            await(() -> own.closes().contains(1000), "a normal close: " + own.closes());
        }
    }

    @Test
    void retries_the_endpoint_after_feishu_answers_busy_backing_off_a_second() throws Exception {
        try (FeishuLongConnectionStandIn own = new FeishuLongConnectionStandIn(1)) {
            List<Duration> waits = new CopyOnWriteArrayList<>();
            FeishuLongConnection connection = new FeishuLongConnection("busy", URI.create(own.apiUrl()), "cli_busy", "secret",
                    HttpClient.newHttpClient(), new ObjectMapper(), request -> { }, waits::add, Clock.systemUTC());
            connection.start();
            await(() -> own.connections() == 1, "connected on the second attempt");
            connection.close();
            assertEquals(2, own.calls("/callback/ws/endpoint").size());
            assertEquals(Duration.ofSeconds(1), waits.getFirst());
        }
    }
}
