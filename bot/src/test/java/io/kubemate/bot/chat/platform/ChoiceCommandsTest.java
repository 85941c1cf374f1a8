package io.kubemate.bot.chat.platform;

import io.kubemate.connectors.alertmanager.AlertButton;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChoiceCommandsTest {

    private static AlertButton button(String action, String alertname, String namespace, String workload) {
        return new AlertButton(action, alertname, namespace, workload, "silence".equals(action) ? Duration.ofHours(1) : null, "f1");
    }

    @Test
    void turns_alert_button_records_into_the_commands_a_person_would_type() {
        assertEquals(Optional.of("/diagnose payment-api -n payments"),
                ChoiceCommands.command(button("investigate", "KubePodCrashLooping", "payments", "payment-api")));
        assertEquals(Optional.of("/inspect trade"), ChoiceCommands.command(button("investigate", "HighLatency", "trade", null)));
        assertEquals(Optional.of("/silence HighLatency 1h namespace=trade"), ChoiceCommands.command(button("silence", "HighLatency", "trade", null)));
        assertEquals(Optional.of("/guide KubePodCrashLooping namespace=payments workload=payment-api"),
                ChoiceCommands.command(button("runbook", "KubePodCrashLooping", "payments", "payment-api")));
        assertEquals(Optional.of("/help"), ChoiceCommands.command("investigate:HighLatency:trade"), "old label-built values do nothing");
    }

    @Test
    void label_values_that_would_add_words_to_the_command_are_not_used() {
        assertEquals(Optional.empty(), ChoiceCommands.command(button("silence", "X 7d namespace=kube-system", "trade", null)));
        assertEquals(Optional.empty(), ChoiceCommands.command(button("silence", "HighLatency", "trade -n kube-system", null)));
        assertEquals(Optional.of("/inspect trade"), ChoiceCommands.command(button("investigate", "A", "trade", "x -n kube-system")),
                "a workload label that is not a name is dropped");
        assertEquals(Optional.of("/silence X:kube-system:7d 1h namespace=payments"),
                ChoiceCommands.command(button("silence", "X:kube-system:7d", "payments", null)));
    }

    @Test
    void an_answer_choice_is_the_message_it_offers() {
        assertEquals(Optional.of("delete pod payment-api-7d9f8b6c5d-x2k4p"), ChoiceCommands.command("say:delete pod payment-api-7d9f8b6c5d-x2k4p"));
        assertEquals(Optional.of("/cordon worker-01"), ChoiceCommands.command("say: /cordon worker-01 "));
        assertEquals(Optional.of("/help"), ChoiceCommands.command("say:"));
    }
}
