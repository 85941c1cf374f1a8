package io.kubemate.tools.pipeline;

import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.ReadPermissions;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipelines read against the failed-step scenario's Tekton runs, with step logs written by each test. */
class PipelineReaderTest {

    private static final Path CLUSTER = Path.of("../evals/scenarios/pipeline-failed-step-payments/cluster");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T14:00:00Z"), ZoneOffset.UTC);
    private static final String POD = "payments-build-run-7xk2p-unit-test-pod";

    @TempDir
    Path logs;

    private Outcome<PipelineStatus> read(String target, ReadAccess access, String log) throws Exception {
        Path dir = Files.createDirectories(logs.resolve("payments").resolve(POD));
        Files.writeString(dir.resolve("step-go-test.log"), log);
        try (ClusterAccess cluster = SandboxCluster.start(CLUSTER, logs)) {
            return new PipelineReader(cluster, new Redactor(), CLOCK).status(Subject.ownCredentials(), access, target, null);
        }
    }

    private static PipelineStatus ok(Outcome<PipelineStatus> outcome) {
        return assertInstanceOf(Outcome.Ok.class, outcome, outcome.toString()).value() instanceof PipelineStatus s ? s : null;
    }

    @Test
    void names_the_failed_task_step_exit_code_and_log_tail_of_the_newest_failed_run() throws Exception {
        PipelineStatus status = ok(read("payments", ReadAccess.ALL, "=== RUN   TestSettlementRounding\n--- FAIL: TestSettlementRounding (0.00s)\nFAIL\n"));
        assertEquals(1, status.pipelines().size());
        assertEquals("payments-build", status.pipelines().getFirst().pipeline());
        PipelineFailure failure = status.failure();
        assertEquals("payments-build-run-7xk2p", failure.run().name());
        assertEquals("unit-test", failure.taskRun().pipelineTask());
        assertEquals("go-test", failure.step().name());
        assertEquals(1, failure.step().exitCode());
        assertTrue(failure.log().contains("--- FAIL: TestSettlementRounding (0.00s)"), failure.log().toString());
        assertTrue(status.markdown().contains("step `go-test` exited with code 1"), status.markdown());
    }

    @Test
    void compares_the_duration_with_the_median_of_the_successful_runs() throws Exception {
        PipelineHistory history = ok(read("payments-build", ReadAccess.ALL, "x\n")).pipelines().getFirst();
        // successful runs took 6m12s, 5m58s, 6m30s, 6m05s: the median of four is the upper middle one, 6m12s
        assertEquals(Duration.ofSeconds(372), history.usual().orElseThrow());
        assertEquals(Duration.ofSeconds(250), history.newest().orElseThrow().duration(CLOCK.instant()).orElseThrow());
        assertEquals(1, history.failedInARow());
    }

    @Test
    void masks_secrets_in_the_step_log() throws Exception {
        PipelineStatus status = ok(read("payments", ReadAccess.ALL, "connecting with PGPASSWORD=Sup3rS3cretValue\nFAIL\n"));
        assertFalse(String.join("\n", status.failure().log()).contains("Sup3rS3cretValue"), status.failure().log().toString());
        assertFalse(status.markdown().contains("Sup3rS3cretValue"));
    }

    @Test
    void fits_the_token_budget_by_dropping_the_oldest_log_lines() throws Exception {
        String log = "x".repeat(150) + " noise\n";
        PipelineStatus status = ok(read("payments", ReadAccess.ALL, log.repeat(19) + "--- FAIL: TestSettlementRounding (0.00s)\n"));
        assertEquals(20, status.failure().log().size());
        PipelineStatus fitted = status.fitted(800);
        assertTrue(TokenBudget.estimate(fitted.markdown()) <= 800, fitted.markdown());
        assertTrue(fitted.failure().log().size() < 20);
        assertEquals("--- FAIL: TestSettlementRounding (0.00s)", fitted.failure().log().getLast());
    }

    @Test
    void leaves_the_log_out_without_logs_read_in_the_namespace() throws Exception {
        ReadAccess noLogs = code -> ReadPermissions.LOGS.equals(code) ? NamespaceScope.only(Set.of("loans")) : NamespaceScope.all();
        PipelineStatus status = ok(read("payments", noLogs, "--- FAIL: TestSettlementRounding\n"));
        assertTrue(status.failure().log().isEmpty());
        assertTrue(status.failure().logNote().contains("logs.read"), status.failure().logNote());
        assertEquals("go-test", status.failure().step().name());
    }

    @Test
    void shows_only_pipelines_of_namespaces_the_person_may_read() throws Exception {
        ReadAccess loansOnly = code -> NamespaceScope.only(Set.of("loans"));
        PipelineStatus all = ok(read(null, loansOnly, "x\n"));
        assertEquals(Set.of("loans"), Set.copyOf(all.pipelines().stream().map(PipelineHistory::namespace).toList()));
        assertNull(all.failure());
        assertInstanceOf(Outcome.Forbidden.class, read("payments", loansOnly, "x\n"));
        // a pipeline hidden from the person and one that does not exist get the same answer
        assertEquals(read("no-such-pipeline", loansOnly, "x\n").toString().replace("no-such-pipeline", "X"),
                read("payments-build", loansOnly, "x\n").toString().replace("payments-build", "X"));
    }
}
