package io.kubemate.bot.inspect;

import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against the S13 incident's cluster and node-exporter series (served by the scenario's Prometheus stand-in). */
class NodeKernelInspectionTest {

    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.start(ClusterOptions.scenario(Path.of("../evals/scenarios/somaxconn-trading-jitter")), Map.of());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static List<Finding> inspect(String namespace) {
        Outcome<InspectionReport> report = bot.context().getBean(InspectionRunner.class).run(Subject.ownCredentials(), namespace);
        Outcome.Ok<?> ok = assertInstanceOf(Outcome.Ok.class, report);
        return ((InspectionReport) ok.value()).findings().stream().filter(f -> f.check().startsWith("node-")).toList();
    }

    @Test
    void flags_listen_queue_overflows_on_the_nodes_with_the_default_somaxconn_and_nothing_on_the_tuned_ones() {
        List<Finding> overflows = inspect(null).stream().filter(f -> f.check().equals("node-listen-overflow")).toList();
        assertEquals(List.of("trade-11", "trade-12"), overflows.stream().map(Finding::name).toList(), overflows.toString());
        Finding first = overflows.getFirst();
        assertTrue(first.problem().contains("net.core.somaxconn is only 128"), first.problem());
        assertTrue(first.evidence().contains("net.core.somaxconn = 128"), first.evidence().toString());
        assertEquals("inspection-triage", first.runbook());
        assertTrue(inspect(null).stream().noneMatch(f -> f.name().startsWith("worker-")), "worker nodes are tuned and quiet");
    }

    @Test
    void a_namespace_inspection_leaves_node_kernels_alone() {
        assertTrue(inspect("trading").stream().noneMatch(f -> f.check().startsWith("node-listen")), "node-wide checks need the whole cluster");
    }
}
