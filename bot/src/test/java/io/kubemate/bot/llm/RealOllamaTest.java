package io.kubemate.bot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Opt-in: a few questions against a real Ollama when {@code OLLAMA_URL} is set (model: {@code OLLAMA_MODEL}, default qwen2.5:7b-instruct). */
class RealOllamaTest {

    @Test
    void a_real_model_diagnoses_the_crash_loop_with_tools() throws Exception {
        String url = System.getenv("OLLAMA_URL");
        assumeTrue(url != null && !url.isBlank(), "OLLAMA_URL is not set: the real-Ollama test was skipped");
        String modelName = System.getenv().getOrDefault("OLLAMA_MODEL", "qwen2.5:7b-instruct");
        try (TestBot bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of("kubemate.llm.provider", "ollama",
                "kubemate.llm.base-url", url, "kubemate.llm.model", modelName, "kubemate.llm.timeout", "180s"))) {
            ObjectMapper json = new ObjectMapper();
            var response = bot.post("/api/chat", json.writeValueAsString(Map.of("user", "web:dev", "conversation", "live",
                    "text", "why is payment-api in namespace payments restarting?")));
            JsonNode reply = json.readTree(response.body());
            assertEquals("llm", reply.get("mode").asText(), reply.toString());
            assertTrue(reply.get("reply").asText().contains("PAYMENT_GATEWAY_TIMEOUT") || reply.get("reply").asText().contains("30x"),
                    reply.toString());
            assertEquals(0, reply.get("proposals").size(), "a question never yields a proposal");
        }
    }
}
