package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.chat.ChatRequest;
import io.kubemate.bot.chat.ChatService;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The people who took part in a conversation still read it, from the console and from another platform alike. */
class ConversationAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.web.user-header", "X-Forwarded-User",
                "kubemate.identity.users", List.of("slack:U024BE7LH=system:serviceaccount:kubemate-users:dev")));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static JsonNode turns(String conversation, String user) throws Exception {
        HttpResponse<String> read = RawHttp.get(bot, "/api/chat/" + URLEncoder.encode(conversation, StandardCharsets.UTF_8),
                "X-Forwarded-User", user);
        assertEquals(200, read.statusCode(), read.body());
        return JSON.readTree(read.body()).get("turns");
    }

    @Test
    void a_participant_reads_their_conversation_and_writes_on() throws Exception {
        String body = JSON.writeValueAsString(Map.of("conversation", "mine-1", "text", "get pods in payments"));
        assertEquals(200, bot.post("/api/chat", body, "X-Forwarded-User", "viewer").statusCode());
        assertEquals(200, bot.post("/api/chat", body, "X-Forwarded-User", "viewer").statusCode());
        assertEquals(2, turns("mine-1", "viewer").size());
    }

    @Test
    void the_same_person_reads_their_chat_thread_in_the_console() throws Exception {
        bot.context().getBean(ChatService.class).handle(new ChatRequest("slack:U024BE7LH", "slack:acme:C9:1.2", "/help"));
        assertEquals(1, turns("slack:acme:C9:1.2", "dev").size());
    }

    @Test
    void a_scheduled_report_thread_is_read_by_whoever_may_read_inspections() throws Exception {
        bot.context().getBean(io.kubemate.bot.inspect.ScheduledInspections.class).run(new io.kubemate.bot.inspect.InspectionSchedule(
                "daily", "0 0 8 * * *", "payments", List.of("web:ops-report"), null, null));
        assertEquals(1, turns("ops-report", "viewer").size());
    }
}
