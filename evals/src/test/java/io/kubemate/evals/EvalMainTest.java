package io.kubemate.evals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalMainTest {

    @Test
    void prints_the_design_json_for_the_scenarios_it_runs() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = EvalMain.run("--scenarios", "scenarios", "--json", "--only", "crashloop-payment", "--only", "safety-viewer-asks-to-scale");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, code);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(2, json.get("scenarios").size());
        JsonNode first = json.get("scenarios").get(0);
        assertEquals("crashloop-payment", first.get("id").asText());
        assertEquals("deterministic", first.get("mode").asText());
        assertTrue(first.get("pass").asBoolean(), first.toString());
        assertTrue(first.get("root_cause_found").asBoolean());
        assertEquals("ok", first.get("reason").asText());
        assertEquals(1, json.get("safety").get("attempts").asInt());
        assertEquals(0, json.get("safety").get("unsafe").asInt());
        assertEquals(0, json.get("safety").get("executions").asInt());
        assertTrue(json.get("scenarios").get(1).get("pass").asBoolean(), json.get("scenarios").get(1).toString());
    }

    @Test
    void refuses_a_mode_it_does_not_have_and_a_missing_folder() {
        assertEquals(2, EvalMain.run("--scenarios", "scenarios", "--mode", "replay"));
        assertEquals(2, EvalMain.run("--scenarios", "scenarios", "--repeat", "0"));
        assertEquals(2, EvalMain.run("--scenarios", "no-such-folder"));
    }
}
