package io.kubemate.bot.cli;

import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The class-cache training run serves the crash-loop sandbox and every request of its list is answered. */
class TrainCommandIT {

    @Test
    void every_training_request_is_answered_on_the_sandbox() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new KubemateCommand().commandLine("train");
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));

        int code = line.execute("train", "--scenario", TestBot.SCENARIO.toString());

        assertEquals(0, code, out + "\n" + err);
        assertEquals("", out.toString().strip());
    }

    @Test
    void the_one_shot_training_runs_inspect_and_route_on_the_sandbox() {
        StringWriter out = new StringWriter();
        CommandLine line = new KubemateCommand().commandLine("train");
        line.setOut(new PrintWriter(out));

        int code = line.execute("train", "--one-shot", "--scenario", TestBot.SCENARIO.toString());

        assertEquals(0, code, out.toString());
    }

    @Test
    void the_one_shot_training_needs_a_scenario() {
        StringWriter err = new StringWriter();
        CommandLine line = new KubemateCommand().commandLine("train");
        line.setErr(new PrintWriter(err));

        assertEquals(2, line.execute("train", "--one-shot"));
        assertTrue(err.toString().contains("--one-shot needs --scenario"), err.toString());
    }

    @Test
    void the_request_list_holds_only_gets_and_chats() {
        assertTrue(TrainCommand.requests().size() >= 5);
        assertTrue(TrainCommand.requests().stream().allMatch(l -> l.startsWith("GET /") || l.startsWith("CHAT ")),
                TrainCommand.requests().toString());
    }
}
