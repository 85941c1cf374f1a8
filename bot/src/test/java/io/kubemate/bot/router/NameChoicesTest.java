package io.kubemate.bot.router;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameChoicesTest {

    private static List<String> says(String message, List<String> candidates) {
        Route asked = new Route("rollout_restart", Map.of(), 0.5, Ask.of("several_workloads", "x"), candidates);
        return NameChoices.add(message, asked).choices().stream().map(Choice::say).toList();
    }

    @Test
    void spells_out_the_name_and_adds_the_namespace_that_tells_the_candidates_apart() {
        List<String> candidates = List.of("deployment payments/payment-api", "deployment staging/payment-api");
        assertEquals(List.of("restart payment-api please in payments", "restart payment-api please in staging"),
                says("restart paymnt please", candidates));
        assertEquals(List.of("/restart payment-api -n payments", "/restart payment-api -n staging"),
                says("/restart pay", candidates));
        assertEquals(List.of("重启 payment-api in payments", "重启 payment-api in staging"), says("重启 payment", candidates));
    }

    @Test
    void adds_no_namespace_when_the_candidates_share_it_and_keeps_one_the_message_names() {
        assertEquals(List.of("logs of payment-api-x", "logs of payment-api-y"),
                says("logs of payment-api", List.of("pod payments/payment-api-x", "pod payments/payment-api-y")));
        assertEquals(List.of("logs of payment-api-x in payments", "logs of payment-api-y in payments"),
                says("logs of payment-api in payments", List.of("pod payments/payment-api-x", "pod payments/payment-api-y")));
    }

    @Test
    void offers_nothing_when_a_candidate_shares_no_word_with_the_message() {
        assertTrue(says("restart it", List.of("deployment payments/payment-api", "deployment staging/payment-api")).isEmpty());
        assertTrue(says("alpha beta", List.of("silences_list", "alerts_list")).isEmpty(), "tool names are not objects");
    }
}
