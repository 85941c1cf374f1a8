package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /api/chat/stream}: the console's turn as server-sent events, progress first and the reply last. */
class ChatStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBot bot;

    /** One server-sent event: its name and its data. */
    record Sse(String event, JsonNode data) {
    }

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.scenario();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static List<Sse> stream(String user, String conversation, String text) throws Exception {
        var response = bot.post("/api/chat/stream", JSON.writeValueAsString(Map.of("user", user, "conversation", conversation, "text", text)),
                "Accept", "text/event-stream");
        assertEquals(200, response.statusCode(), response.body());
        List<Sse> events = new ArrayList<>();
        for (String block : response.body().split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
            if (name != null) {
                events.add(new Sse(name, JSON.readTree(data.toString())));
            }
        }
        return events;
    }

    @Test
    void a_diagnosis_reports_what_it_is_doing_before_the_reply() throws Exception {
        List<Sse> events = stream("web:dev", "sse-1", "why is payment-api restarting?");
        assertEquals("progress", events.getFirst().event(), events.toString());
        assertTrue(events.getFirst().data().get("text").asText().contains("Diagnosing"), events.toString());
        Sse last = events.getLast();
        assertEquals("reply", last.event(), events.toString());
        assertTrue(last.data().get("reply").asText().contains("PAYMENT_GATEWAY_TIMEOUT"), last.toString());
    }

    @Test
    void progress_is_in_the_askers_language() throws Exception {
        List<Sse> events = stream("web:dev", "sse-2", "payment-api 为什么一直重启？");
        assertTrue(events.getFirst().data().get("text").asText().contains("正在诊断"), events.toString());
    }

    @Test
    void an_unknown_user_is_refused_before_the_stream_starts() throws Exception {
        var response = bot.post("/api/chat/stream", JSON.writeValueAsString(Map.of("user", "web:nobody", "conversation", "sse-3",
                "text", "hello")), "Accept", "text/event-stream");
        assertTrue(response.statusCode() == 403 || response.body().contains("\"status\":403"), response.statusCode() + " " + response.body());
    }

    @Test
    void the_consoles_chart_library_is_served_from_the_jar() throws Exception {
        var script = bot.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("uPlot"), "the uPlot bundle");
        assertTrue(bot.get("/").body().contains("webjars/uplot/1.6.30/dist/uPlot.iife.min.js"), "the console loads it");
    }
}
