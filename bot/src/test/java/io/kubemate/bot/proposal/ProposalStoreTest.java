package io.kubemate.bot.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.state.InMemoryStateStore;
import io.kubemate.tools.actions.Risk;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProposalStoreTest {

    private static final ApplicationContext CONTEXT = ApplicationContext.run();
    private static final ObjectMapper JSON = CONTEXT.getBean(ObjectMapper.class);
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private final InMemoryStateStore state = new InMemoryStateStore(Clock.systemUTC());
    private final ProposalStore store = new ProposalStore(state, JSON);

    @AfterAll
    static void close() {
        CONTEXT.close();
    }

    @Test
    void reads_back_a_proposal_stored_while_risk_was_a_string() throws Exception {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("id", "p1");
        stored.put("action", "scale");
        stored.put("args", Map.of("name", "web", "replicas", 4));
        stored.put("diff", "replicas 2 → 4");
        stored.put("target", "deployment/web");
        stored.put("risk", "destructive");
        stored.put("requester", "slack:U1");
        stored.put("conversation", "c1");
        stored.put("createdAt", NOW);
        stored.put("expiresAt", NOW.plusSeconds(300));
        stored.put("needsApprover", true);
        stored.put("state", Map.of("replicas", 2));
        state.put("proposal:p1", JSON.writeValueAsString(stored), Duration.ofMinutes(5));

        Proposal read = store.peek("p1").orElseThrow();

        assertEquals(Risk.DESTRUCTIVE, read.risk());
        assertEquals(NOW.plusSeconds(300), read.expiresAt());
        assertEquals(Map.of("name", "web", "replicas", 4), read.args());
    }

    @Test
    void writes_risk_and_decision_status_as_the_lower_case_words_of_the_api() throws Exception {
        Proposal proposal = new Proposal("p2", "scale", Map.of("replicas", 4), "replicas 2 → 4", "deployment/web", Risk.WRITE,
                "web:dev", "c1", NOW, NOW.plusSeconds(300), false, Map.of());
        store.save(proposal, Duration.ofMinutes(5));

        assertEquals("write", JSON.readTree(state.get("proposal:p2").orElseThrow()).path("risk").asText());
        assertEquals(proposal, store.peek("p2").orElseThrow());

        JsonNode decision = JSON.valueToTree(Decision.stale("the target changed", proposal));
        assertEquals("rejected", decision.path("status").asText());
        assertEquals("write", decision.path("proposal").path("risk").asText());
        assertEquals("2026-01-01T10:05:00Z", decision.path("proposal").path("expiresAt").asText());
        assertEquals(Decision.Status.EXECUTED, JSON.readValue("{\"status\":\"executed\"}", Decision.class).status());
    }
}
