package io.kubemate.tools.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.tools.outcome.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FindingTest {

    private static Finding crashing() {
        return new Finding(Severity.CRITICAL, "pod-crashloop", "Pod", "trade", "order-api-1",
                Reason.of("finding.pod-crashloop", "api"), List.of("container api: waiting CrashLoopBackOff"), "crashloop-backoff");
    }

    @Test
    void a_problem_said_as_a_key_serialises_as_its_english_text_and_nothing_more() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(crashing().withFix("kubectl get pods")));

        assertEquals("CrashLoopBackOff: container api keeps exiting", json.get("problem").asText());
        assertEquals("critical", json.get("severity").asText());
        assertEquals("kubectl get pods", json.get("fix").asText());
        assertFalse(json.has("why"), json.toString());
    }

    @Test
    void a_note_added_to_a_problem_said_as_keys_is_said_as_a_key_too() {
        Finding folded = crashing().and(Reason.of("finding.and-more", 2));

        assertEquals("CrashLoopBackOff: container api keeps exiting (and 2 more)", folded.problem());
        assertEquals(List.of(Reason.of("finding.pod-crashloop", "api"), Reason.of("finding.and-more", 2)), folded.why());
    }

    @Test
    void a_note_added_to_a_plain_english_problem_keeps_it_plain_english() {
        Finding plain = new Finding(Severity.INFO, "pipeline-slow", "PipelineRun", "ci", "build-42", "took 3× its usual time",
                List.of(), null);
        Finding folded = plain.and(Reason.of("finding.and-more", 1));

        assertEquals("took 3× its usual time (and 1 more)", folded.problem());
        assertEquals(List.of(), folded.why());
    }

    @Test
    void the_cluster_and_the_fix_keep_the_keys() {
        Finding finding = crashing().inCluster("prod").withFix("kubectl get pods");
        assertEquals(crashing().why(), finding.why());
    }
}
