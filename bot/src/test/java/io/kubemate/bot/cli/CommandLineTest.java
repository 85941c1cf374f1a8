package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANIFESTS = TestBot.SCENARIO.resolve("cluster").toString();

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new KubemateCommand().commandLine(args);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void a_command_line_for_one_command_builds_only_that_command() {
        assertEquals(Set.of("route"), new KubemateCommand().commandLine("route", "x").getSubcommands().keySet());
        assertEquals(KubemateCommand.SUBCOMMANDS.size(), new KubemateCommand().commandLine("--help").getSubcommands().size());
    }

    @Test
    void help_and_unknown_commands_list_every_command() {
        Run help = run("--help");
        assertEquals(0, help.code(), help.err());
        for (String name : List.of("serve", "ask", "route", "inspect", "audit", "knowledge")) {
            assertTrue(help.out().contains(name), help.out());
        }
        Run unknown = run("inspekt");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("inspect"), unknown.err());
    }

    @Test
    void route_prints_tool_args_and_confidence_as_json() throws Exception {
        Run run = run("route", "scale payment-api to 5", "--manifests", MANIFESTS, "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode route = JSON.readTree(run.out());
        assertEquals("scale", route.get("tool").asText());
        assertEquals(5, route.get("args").get("replicas").asInt());
        assertEquals("payment-api", route.get("args").get("workload").asText());
        assertEquals("payments", route.get("args").get("namespace").asText());
        assertEquals(0.9, route.get("confidence").asDouble());
    }

    @Test
    void route_understands_free_text_through_the_example_utterances() throws Exception {
        Run run = run("route", "ledger-api 最近两小时用了多少内存", "--manifests", MANIFESTS, "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode route = JSON.readTree(run.out());
        assertEquals("metrics_query", route.get("tool").asText(), run.out());
        assertEquals("memory", route.get("args").get("shortcut").asText());
        assertEquals("ledger-api", route.get("args").get("workload").asText());
        assertEquals("2h", route.get("args").get("since").asText());
        assertTrue(route.get("confidence").asDouble() >= 0.7, run.out());
    }

    @Test
    void inspect_prints_findings_as_json() throws Exception {
        Run run = run("inspect", "--manifests", MANIFESTS, "--namespace", "payments", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode findings = JSON.readTree(run.out()).get("findings");
        assertEquals("critical", findings.get(0).get("severity").asText());
        int crashLoops = 0;
        for (JsonNode finding : findings) {
            for (String field : new String[]{"severity", "kind", "namespace", "name", "problem", "evidence", "runbook", "fingerprint"}) {
                assertTrue(finding.has(field), field + " missing in " + finding);
            }
            crashLoops += finding.get("check").asText().equals("pod-crashloop") ? 1 : 0;
            boolean healthyNeighbour = finding.get("name").asText().startsWith("ledger-api");
            assertTrue(!healthyNeighbour || finding.get("severity").asText().equals("info"), "ledger-api is healthy: " + finding);
        }
        assertEquals(2, crashLoops, findings.toString());
    }

    @Test
    void ask_answers_from_the_sandbox() {
        Run run = run("ask", "why is payment-api restarting?", "--manifests", MANIFESTS);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("CrashLoopBackOff"), run.out());
    }

    @Test
    void warm_up_serves_and_asks_over_http_on_a_free_port() {
        Run run = run("warm-up", "why is payment-api restarting?", "/inspect", "--manifests", MANIFESTS);
        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals(List.of("/health 200", "/ 200", "why is payment-api restarting? 200", "/inspect 200"),
                run.out().lines().toList());
    }

    @Test
    void warm_up_commands_runs_each_command_line_in_turn_and_fails_when_one_fails() {
        Run run = run("warm-up-commands", "--", "route", "why is payment-api restarting?", "--manifests", MANIFESTS, ";",
                "inspect", "--manifests", MANIFESTS, "--json");
        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals(List.of("route 0", "inspect 0"), run.out().lines().toList());

        Run failing = run("warm-up-commands", "--", "inspect", "--manifests", "/no/such/folder", ";", "route", "get pods",
                "--manifests", MANIFESTS);
        assertEquals(1, failing.code());
        assertEquals(List.of("inspect 2", "route 0"), failing.out().lines().toList());
    }

    @Test
    void a_missing_manifests_folder_is_exit_2_with_one_line() {
        Run run = run("inspect", "--manifests", "/no/such/folder");
        assertEquals(2, run.code());
        assertEquals("error: manifests folder /no/such/folder does not exist or is not a folder", run.err().strip());
    }

    @Test
    void invalid_yaml_is_exit_2_naming_the_file(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "kind: Pod\nmetadata: {name: [x\n");
        Run run = run("route", "get pods", "--manifests", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("error: " + dir.resolve("broken.yaml") + ": invalid YAML at line"), run.err());
        assertEquals(1, run.err().strip().lines().count());
    }

    @Test
    void an_unknown_kind_is_exit_2_for_a_question(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.yaml"), "apiVersion: acme.io/v1\nkind: Gadget\nmetadata: {name: g}\n");
        Run run = run("ask", "get pods", "--manifests", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unknown kind Gadget"), run.err());
    }

    @Test
    void an_inspection_skips_an_unknown_kind_with_an_info_finding(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.yaml"), "apiVersion: acme.io/v1\nkind: Gadget\nmetadata: {name: g}\n---\n"
                + "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: n}\nspec: {containers: [{name: c, image: 'r/i:1'}]}\n");
        Run run = run("inspect", "--manifests", dir.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode skipped = null;
        for (JsonNode finding : JSON.readTree(run.out()).get("findings")) {
            if (finding.get("check").asText().equals("manifest-skipped")) {
                skipped = finding;
            }
        }
        assertTrue(skipped != null && skipped.get("severity").asText().equals("info")
                && skipped.get("problem").asText().contains("unknown kind Gadget"), run.out());
    }

    @Test
    void a_bad_option_is_exit_2() {
        assertEquals(2, run("inspect", "--no-such-option").code());
    }
}
