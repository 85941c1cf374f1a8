package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Through {@code /api/chat}: a question that sounds like a change is answered by a read and never proposes one. */
class ChatQuestionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.scenario();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "is it safe to cordon worker-02?                    | k8s_describe",
            "payment-api 要不要回滚？                              | rollout_history",
            "重启 ledger-api 会影响用户吗？                          | k8s_describe",
            "ledger-reconcile 是不是已经停了？                       | k8s_get",
            "What is wrong with payment-api-7d9f8b6c5d-x2k4p?   | diagnose",
            "should we roll back payment-api?                   | rollout_history",
    })
    void a_question_that_sounds_like_a_change_gets_a_read_and_no_proposal(String text, String read) throws Exception {
        HttpResponse<String> response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev",
                "conversation", "q-" + Math.abs(text.hashCode()), "text", text.strip())));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode reply = JSON.readTree(response.body());
        assertEquals(read.strip(), reply.get("tool").asText(), reply.toString());
        assertEquals(0, reply.path("proposals").size(), reply.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "what's wrong in payments?",
            "payments 怎么了",
    })
    void a_vague_question_triages_the_namespace_with_a_button_to_diagnose_each_unhealthy_object(String text) throws Exception {
        HttpResponse<String> response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev",
                "conversation", "v-" + Math.abs(text.hashCode()), "text", text.strip())));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode reply = JSON.readTree(response.body());
        assertEquals("inspect", reply.get("tool").asText(), reply.toString());
        JsonNode choices = reply.path("choices");
        assertTrue(choices.size() >= 1, reply.toString());
        assertTrue(choices.get(0).get("text").asText().startsWith("/diagnose payment-api"), choices.toString());
        assertTrue(choices.get(0).get("text").asText().endsWith(" -n payments"), choices.toString());
        for (JsonNode choice : choices) {
            assertTrue(!choice.get("text").asText().contains("ledger-api"), "a healthy workload gets no button: " + choices);
        }
        assertEquals(0, reply.path("proposals").size(), reply.toString());
    }

    @Test
    void the_consoles_example_chips_name_a_workload_of_the_loaded_cluster_not_a_fixed_one() throws Exception {
        HttpResponse<String> response = bot.get("/api/examples?user=web:dev");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode examples = JSON.readTree(response.body()).get("examples");
        assertTrue(examples.toString().contains("what is wrong with payment-api?"), "the not-ready workload first: " + examples);
        assertTrue(examples.toString().contains("payment-api 为什么不正常？"), examples.toString());
        assertEquals(403, bot.get("/api/examples?user=web:nobody").statusCode());
    }
}
