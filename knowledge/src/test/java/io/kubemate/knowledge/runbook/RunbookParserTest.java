package io.kubemate.knowledge.runbook;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunbookParserTest {

    private static final String CRASHLOOP = """
            ---
            id: crashloop-backoff
            title: Pod in CrashLoopBackOff
            lang: en
            alerts: [KubePodCrashLooping]
            tags: [pod, restart]
            ---
            # Pod in CrashLoopBackOff
            1. Look at the last logs of the crashing container.
               ```tool
               pod_logs namespace=${namespace} pod=${pod} previous=true tail=100
               ```
            2. If the cause is OOMKilled, raise the memory limit.
               ```action
               set_resources namespace=${namespace} workload=${workload} memory_limit=${new_limit}
               ```
            3. Tell the owning team what you changed.
               Keep the incident ticket up to date.
            """;

    private final RunbookParser parser = new RunbookParser(DesignToolNames.NAMES);

    @Test
    void reads_front_matter_and_steps_with_their_kinds() {
        Runbook runbook = parser.parse("crashloop.md", CRASHLOOP);

        assertEquals("crashloop-backoff", runbook.id());
        assertEquals("Pod in CrashLoopBackOff", runbook.title());
        assertEquals("en", runbook.lang());
        assertEquals(List.of("KubePodCrashLooping"), runbook.alerts());
        assertEquals(List.of("pod", "restart"), runbook.tags());
        assertEquals(List.of(StepKind.TOOL, StepKind.ACTION, StepKind.PROSE),
                runbook.steps().stream().map(Step::kind).toList());
    }

    @Test
    void keeps_the_relative_indentation_of_a_yaml_block_in_a_step_so_it_can_be_copied() {
        String text = """
                ---
                id: probe-patch
                title: Fix the probe
                ---
                # Fix the probe
                1. Apply this patch:
                   ```yaml
                   spec:
                     template:
                       spec:
                         containers:
                           - name: api
                             readinessProbe:
                               httpGet: {path: /ready, port: 8080}
                   ```
                """;

        String step = parser.parse("probe.md", text).steps().getFirst().text();

        assertTrue(step.contains("""
                ```yaml
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          readinessProbe:
                            httpGet: {path: /ready, port: 8080}
                ```"""), step);
    }

    @Test
    void keeps_tool_name_arguments_and_variables_of_a_block() {
        Step logs = parser.parse("crashloop.md", CRASHLOOP).steps().get(0);

        assertEquals("pod_logs", logs.tool());
        assertEquals(Map.of("namespace", "${namespace}", "pod", "${pod}", "previous", "true", "tail", "100"), logs.args());
        assertEquals(Set.of("namespace", "pod"), logs.variables());
        assertEquals(9, logs.line());
    }

    @Test
    void prose_step_gathers_its_continuation_lines() {
        Step prose = parser.parse("crashloop.md", CRASHLOOP).steps().get(2);

        assertEquals("Tell the owning team what you changed.\nKeep the incident ticket up to date.", prose.text());
        assertEquals("", prose.tool());
    }

    @Test
    void collects_every_variable_of_the_runbook() {
        assertEquals(List.of("namespace", "pod", "workload", "new_limit"),
                List.copyOf(parser.parse("crashloop.md", CRASHLOOP).variables()));
    }

    @Test
    void quoted_values_keep_their_spaces() {
        Step step = parser.parse("q.md", runbook("metrics_query query=\"sum(rate(x[5m])) > 0\" since=15m")).steps().get(0);

        assertEquals("sum(rate(x[5m])) > 0", step.args().get("query"));
    }

    @Test
    void single_quoted_values_are_taken_literally() {
        Step step = parser.parse("q.md", runbook(
                "metrics_query query='sum(x{namespace=\"${namespace}\", pod=~\"${workload}-.*\"})'")).steps().get(0);

        assertEquals("sum(x{namespace=\"${namespace}\", pod=~\"${workload}-.*\"})", step.args().get("query"));
        assertEquals(Set.of("namespace", "workload"), step.variables());
    }

    @Test
    void rejects_an_unclosed_quote() {
        assertThrows(RunbookFormatException.class, () -> parser.parse("bad.md", runbook("metrics_query query='up")));
    }

    @Test
    void rejects_unknown_tool_with_its_line() {
        RunbookFormatException e = assertThrows(RunbookFormatException.class,
                () -> parser.parse("bad.md", runbook("kubectl_exec pod=${pod}")));

        assertEquals(7, e.line());
        assertTrue(e.getMessage().contains("unknown tool 'kubectl_exec'"), e.getMessage());
    }

    @Test
    void rejects_an_action_inside_a_tool_block() {
        RunbookFormatException e = assertThrows(RunbookFormatException.class,
                () -> parser.parse("bad.md", runbook("scale namespace=${namespace} workload=${workload} replicas=3")));

        assertTrue(e.getMessage().contains("is an action"), e.getMessage());
    }

    @Test
    void rejects_a_variable_without_braces() {
        RunbookFormatException e = assertThrows(RunbookFormatException.class,
                () -> parser.parse("bad.md", runbook("pod_logs namespace=$namespace pod=${pod}")));

        assertEquals(7, e.line());
        assertTrue(e.getMessage().contains("malformed variable"), e.getMessage());
    }

    @Test
    void rejects_an_unclosed_variable() {
        assertThrows(RunbookFormatException.class, () -> parser.parse("bad.md", runbook("pod_logs pod=${pod")));
    }

    @Test
    void rejects_template_style_variables() {
        RunbookFormatException e = assertThrows(RunbookFormatException.class,
                () -> parser.parse("bad.md", runbook("pod_logs pod={{pod}}")));

        assertTrue(e.getMessage().contains("{{"), e.getMessage());
    }

    @Test
    void rejects_a_token_that_is_not_key_value() {
        RunbookFormatException e = assertThrows(RunbookFormatException.class,
                () -> parser.parse("bad.md", runbook("pod_logs ${pod}")));

        assertTrue(e.getMessage().contains("expected key=value"), e.getMessage());
    }

    @Test
    void rejects_a_block_with_two_calls() {
        RunbookFormatException e = assertThrows(RunbookFormatException.class,
                () -> parser.parse("bad.md", runbook("pod_logs pod=${pod}\n   k8s_events namespace=${namespace}")));

        assertEquals(6, e.line());
    }

    @Test
    void rejects_an_unclosed_fence_at_its_opening_line() {
        String text = """
                ---
                id: x
                ---
                # X
                1. Look.
                   ```tool
                   pod_logs pod=${pod}
                """;
        RunbookFormatException e = assertThrows(RunbookFormatException.class, () -> parser.parse("bad.md", text));

        assertEquals(6, e.line());
    }

    @Test
    void rejects_a_tool_block_outside_any_step() {
        String text = """
                ---
                id: x
                ---
                # X
                ```tool
                pod_logs pod=${pod}
                ```
                1. Look.
                """;
        RunbookFormatException e = assertThrows(RunbookFormatException.class, () -> parser.parse("bad.md", text));

        assertEquals(5, e.line());
    }

    @Test
    void rejects_a_runbook_without_id() {
        RunbookFormatException e = assertThrows(RunbookFormatException.class,
                () -> parser.parse("bad.md", "---\ntitle: T\n---\n# T\n1. Do it.\n"));

        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("id"), e.getMessage());
    }

    @Test
    void rejects_invalid_front_matter_yaml_with_its_line() {
        RunbookFormatException e = assertThrows(RunbookFormatException.class,
                () -> parser.parse("bad.md", "---\nid: x\nalerts: [a, b\n---\n# T\n1. Do it.\n"));

        assertTrue(e.line() >= 3, "line " + e.line());
    }

    @Test
    void ordinary_code_blocks_stay_in_the_step_text() {
        String text = """
                ---
                id: x
                ---
                # X
                1. Compact etcd:
                   ```bash
                   etcdctl compact 123
                   ```
                """;
        Step step = parser.parse("x.md", text).steps().get(0);

        assertEquals(StepKind.PROSE, step.kind());
        assertTrue(step.text().contains("etcdctl compact 123"), step.text());
    }

    @Test
    void chinese_runbook_parses_the_same_way() {
        String text = """
                ---
                id: etcd-quota
                title: etcd 空间超限
                lang: zh
                alerts: [EtcdDatabaseQuotaLowSpace]
                ---
                # etcd 空间超限
                1. 查看告警。
                   ```tool
                   alerts_list matchers="alertname=EtcdDatabaseQuotaLowSpace"
                   ```
                """;
        Runbook runbook = parser.parse("zh/etcd-quota.md", text);

        assertEquals("zh", runbook.lang());
        assertEquals("alertname=EtcdDatabaseQuotaLowSpace", runbook.steps().get(0).args().get("matchers"));
    }

    /** A one-step runbook whose tool block (line 7) holds {@code call}. */
    private static String runbook(String call) {
        return "---\nid: t\ntitle: T\n---\n1. Step one.\n   ```tool\n   " + call + "\n   ```\n";
    }
}
