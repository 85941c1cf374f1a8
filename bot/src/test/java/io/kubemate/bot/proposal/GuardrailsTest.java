package io.kubemate.bot.proposal;

import io.kubemate.tools.actions.ActionPlan;
import io.kubemate.tools.outcome.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuardrailsTest {

    /** Month-end settlement freeze: from 18:00 UTC on the 28th to 30th, for 14 hours, in core banking namespaces. */
    private static final FreezeWindow MONTH_END = new FreezeWindow("month-end", "0 0 18 28-30 * *", Duration.ofHours(14), "UTC",
            List.of("core-*"), List.of());
    private static final FourEyesRule PROD_DELETES = new FourEyesRule("prod-deletes", List.of("delete_pod"), List.of("prod-*"));

    private final Guardrails guardrails = new Guardrails(new ActionProperties(Duration.ofMinutes(5), List.of("kube-*"), 20),
            List.of(MONTH_END), List.of(PROD_DELETES));

    private static ActionPlan scale(String namespace, int from, int to) {
        return new ActionPlan("scale", Map.of("namespace", namespace, "workload", "ledger", "replicas", to), "", "")
                .withChecks(Map.of("replicas", from), List.of());
    }

    @Test
    void refuses_changes_inside_a_freeze_window_and_allows_them_outside() {
        Optional<String> inside = guardrails.refusal(scale("core-ledger", 2, 3), Instant.parse("2026-11-29T02:00:00Z")).map(Reason::english);
        assertEquals(Optional.of("change freeze 'month-end' is in force until 2026-11-29T08:00:00Z; no change can be made before then"), inside);
        assertEquals(Optional.empty(), guardrails.refusal(scale("core-ledger", 2, 3), Instant.parse("2026-11-29T08:00:01Z")));
        assertEquals(Optional.empty(), guardrails.refusal(scale("core-ledger", 2, 3), Instant.parse("2026-11-27T20:00:00Z")));
        assertEquals(Optional.empty(), guardrails.refusal(scale("retail", 2, 3), Instant.parse("2026-11-29T02:00:00Z")),
                "the freeze covers core-* only");
    }

    @Test
    void refuses_disabled_namespaces_and_too_large_replica_changes() {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        assertTrue(guardrails.refusal(scale("kube-system", 2, 3), now).orElseThrow().english().contains("disabled in namespace kube-system"));
        assertTrue(guardrails.refusal(scale("retail", 2, 30), now).orElseThrow().english().startsWith("a change of 28 replicas is more than the 20"));
        assertTrue(guardrails.refusal(scale("retail", 30, 5), now).isPresent(), "scaling down counts too");
        assertEquals(Optional.empty(), guardrails.refusal(scale("retail", 2, 22), now));
    }

    @Test
    void four_eyes_rules_match_action_and_namespace_glob() {
        assertEquals(Optional.of("prod-deletes"), guardrails.fourEyesRule("delete_pod", "prod-payments"));
        assertEquals(Optional.empty(), guardrails.fourEyesRule("delete_pod", "staging"));
        assertEquals(Optional.empty(), guardrails.fourEyesRule("scale", "prod-payments"));
    }
}
