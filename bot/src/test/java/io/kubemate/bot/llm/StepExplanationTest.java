package io.kubemate.bot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With a model configured, a guided run's tool step comes with the model's reading of its result — text only. */
class StepExplanationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private ScriptedModelServer model;
    private TestBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        if (model != null) {
            model.close();
        }
    }

    private JsonNode say(String text) throws Exception {
        var response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "g1", "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void a_tool_steps_result_is_read_by_the_model_without_tools() throws Exception {
        model = new ScriptedModelServer().thenSay("The container exits because PAYMENT_GATEWAY_TIMEOUT is \"30x\"; the configuration branch applies.");
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of("kubemate.llm.provider", "ollama",
                "kubemate.llm.base-url", model.ollamaUrl()));

        String reply = say("/guide crashloop-backoff namespace=payments workload=payment-api").get("reply").asText();

        assertTrue(reply.contains("Step 1/11"), reply);
        assertTrue(reply.contains("Reading of this result by the language model") && reply.contains("the configuration branch applies"), reply);
        List<JsonNode> sent = model.requests();
        assertEquals(1, sent.size());
        String request = sent.getFirst().toString();
        assertEquals(0, sent.getFirst().path("tools").size(), "no tools are offered for an explanation");
        assertTrue(request.contains("30x"), "the step's result is what the model reads");
        assertFalse(request.contains("S3cr3t-Payments-2026!"), "no Secret value reaches the model");
    }

    @Test
    void without_a_reachable_model_the_step_result_stands_alone() throws Exception {
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of("kubemate.llm.provider", "ollama",
                "kubemate.llm.base-url", "http://127.0.0.1:9", "kubemate.llm.timeout", "2s"));

        String reply = say("/guide crashloop-backoff namespace=payments workload=payment-api").get("reply").asText();

        assertTrue(reply.contains("Step 1/11") && reply.contains("PAYMENT_GATEWAY_TIMEOUT"), reply);
        assertFalse(reply.contains("Reading of this result"), reply);
    }
}
