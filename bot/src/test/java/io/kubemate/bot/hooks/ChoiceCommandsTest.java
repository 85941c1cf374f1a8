package io.kubemate.bot.hooks;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChoiceCommandsTest {

    @Test
    void investigate_diagnoses_the_named_workload_or_inspects_the_namespace() {
        assertEquals(Optional.of("/diagnose payment-api -n payments"), ChoiceCommands.command("investigate:KubePodCrashLooping:payments:payment-api"));
        assertEquals(Optional.of("/inspect trade"), ChoiceCommands.command("investigate:HighLatency:trade"));
    }

    @Test
    void silence_and_runbook_become_the_commands_a_person_would_type() {
        assertEquals(Optional.of("/silence HighLatency 1h namespace=trade"), ChoiceCommands.command("silence:HighLatency:trade:1h"));
        assertEquals(Optional.of("/guide KubePodCrashLooping namespace=payments workload=payment-api"),
                ChoiceCommands.command("runbook:KubePodCrashLooping:payments:payment-api"));
        assertEquals(Optional.of("/help"), ChoiceCommands.command("something-else"));
    }

    @Test
    void an_answer_to_a_question_the_bot_asked_is_the_message_it_offered() {
        assertEquals(Optional.of("delete pod payment-api-7d9f8b6c5d-x2k4p"), ChoiceCommands.command("say:delete pod payment-api-7d9f8b6c5d-x2k4p"));
        assertEquals(Optional.of("/cordon worker-01"), ChoiceCommands.command("say: /cordon worker-01 "));
        assertEquals(Optional.of("/help"), ChoiceCommands.command("say:"));
    }
}
