package io.kubemate.bot.web;

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
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 18 item 2: a conversation's history belongs to the people who took part in it. The console sits behind an
 * identity proxy ({@code X-Forwarded-User}); web:dev and web:viewer are two different people of the sandbox.
 */
class ConversationHistoryAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLACK_THREAD = "slack:acme:C1:1764000000.000100";
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.web.user-header", "X-Forwarded-User",
                "kubemate.identity.users", List.of("slack:U024BE7LH=system:serviceaccount:kubemate-users:dev")));
        as("dev", "private-1", "get pods in payments");
        bot.context().getBean(ChatService.class).handle(new ChatRequest("slack:U024BE7LH", SLACK_THREAD, "get pods in payments"));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static HttpResponse<String> as(String user, String conversation, String text) throws Exception {
        return bot.post("/api/chat", JSON.writeValueAsString(Map.of("conversation", conversation, "text", text)),
                "X-Forwarded-User", user);
    }

    private static HttpResponse<String> history(String conversation, String... headers) throws Exception {
        return RawHttp.get(bot, "/api/chat/" + URLEncoder.encode(conversation, StandardCharsets.UTF_8), headers);
    }

    @Test
    void a_stranger_cannot_read_a_console_conversation() throws Exception {
        HttpResponse<String> read = history("private-1", "X-Forwarded-User", "viewer");
        assertFalse(read.body().contains("payment-api"), read.body());
        RawHttp.assertRefused(read, 404);
    }

    @Test
    void a_stranger_cannot_read_a_chat_platform_thread() throws Exception {
        HttpResponse<String> read = history(SLACK_THREAD, "X-Forwarded-User", "viewer");
        assertFalse(read.body().contains("payment-api"), read.body());
        RawHttp.assertRefused(read, 404);
    }

    @Test
    void an_anonymous_request_cannot_read_a_conversation() throws Exception {
        HttpResponse<String> read = history("private-1");
        assertFalse(read.body().contains("payment-api"), read.body());
        RawHttp.assertRefused(read, 401);
    }

    @Test
    void a_conversation_of_someone_else_looks_like_one_that_does_not_exist() throws Exception {
        HttpResponse<String> other = history("private-1", "X-Forwarded-User", "viewer");
        HttpResponse<String> missing = history("no-such-1", "X-Forwarded-User", "viewer");
        assertEquals(missing.statusCode(), other.statusCode());
        assertEquals(missing.body().replace("no-such-1", "ID"), other.body().replace("private-1", "ID"));
        RawHttp.assertRefused(other, 404);
    }

    @Test
    void a_stranger_who_joins_a_conversation_does_not_read_what_was_said_before() throws Exception {
        as("dev", "private-2", "get pods in payments");
        as("viewer", "private-2", "/help");
        HttpResponse<String> read = history("private-2", "X-Forwarded-User", "viewer");
        for (var turn : JSON.readTree(read.body()).path("turns")) {
            assertEquals("web:viewer", turn.path("user").asText(), "an earlier turn of someone else: " + read.body());
        }
    }

    @Test
    void a_stranger_cannot_write_into_a_chat_platform_thread() throws Exception {
        RawHttp.assertRefused(as("viewer", SLACK_THREAD, "/help"), 404);
    }
}
