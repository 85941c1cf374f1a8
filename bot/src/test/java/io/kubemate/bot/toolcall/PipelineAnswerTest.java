package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.pipeline.PipelineReader;
import io.kubemate.tools.pipeline.PipelineStatus;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipelines answer worded from the eval scenarios' Tekton runs and step logs, in English and Chinese. */
class PipelineAnswerTest {

    private static final Path SCENARIOS = Path.of("../evals/scenarios");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T14:00:00Z"), ZoneOffset.UTC);

    private static String answer(String scenario, String target, Language language) throws Exception {
        Path folder = SCENARIOS.resolve(scenario);
        try (ClusterAccess cluster = SandboxCluster.start(folder.resolve("cluster"), folder.resolve("podlogs"))) {
            Outcome<PipelineStatus> outcome = new PipelineReader(cluster, new Redactor(), CLOCK).status(Subject.ownCredentials(), ReadAccess.ALL,
                    target, null);
            PipelineStatus status = (PipelineStatus) assertInstanceOf(Outcome.Ok.class, outcome, outcome.toString()).value();
            return new PipelineAnswer(status, new Messages()).markdown(language);
        }
    }

    @Test
    void a_failed_step_is_named_with_its_exit_code_log_tail_and_the_runbook() throws Exception {
        String text = answer("pipeline-failed-step-payments", "payments", Language.EN);
        assertTrue(text.contains("newest run `payments-build-run-7xk2p` **failed** (`Failed`), started 20m ago, took 4m10s (usual 6m12s)."), text);
        assertTrue(text.contains("Task `unit-test` (TaskRun `payments-build-run-7xk2p-unit-test`) failed: step `go-test` exited with code 1 (`Error`)."), text);
        assertTrue(text.contains("--- FAIL: TestSettlementRounding (0.00s)"), text);
        assertTrue(text.contains("Runbook: `pipeline-failed`"), text);
        assertFalse(text.contains("loans-release"), "another pipeline: " + text);
    }

    @Test
    void failures_in_a_row_are_counted_in_chinese() throws Exception {
        String text = answer("pipeline-failing-repeatedly-loans", "loans-release", Language.ZH);
        assertTrue(text.contains("最近 3 次运行连续失败。"), text);
        assertTrue(text.contains("任务 `build-image`（TaskRun `loans-release-run-r4t7n-build-image`）失败：步骤 `build-and-push` 以退出码 1 结束（`Error`）。"), text);
        assertTrue(text.contains("UNAUTHORIZED: authentication required"), text);
        assertTrue(text.contains("运行手册：`pipeline-failed`"), text);
    }

    @Test
    void a_healthy_pipeline_needs_no_runbook() throws Exception {
        String text = answer("pipeline-failing-repeatedly-loans", "payments-build", Language.EN);
        assertTrue(text.contains("**succeeded** (`Succeeded`)"), text);
        assertFalse(text.contains("Runbook"), text);
    }
}
