package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.pipeline.PipelineHistory;
import io.kubemate.tools.pipeline.PipelineLimits;
import io.kubemate.tools.pipeline.PipelineRunInfo;
import io.kubemate.tools.pipeline.RunState;
import io.kubemate.tools.pipeline.TektonObjects;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.scope.NamespaceScope;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tekton pipelines whose newest {@code kubemate.pipelines.failing-runs} finished runs (default 3) all failed: one
 * failure is a bad commit, several in a row usually something outside the code (a credential, a registry, a cluster
 * change). Runs still going are passed over; a success or a cancellation ends the streak.
 */
@Singleton
public final class PipelineInspection implements Inspection {

    private final PipelineLimits limits;
    private final Redactor redactor;

    public PipelineInspection(PipelineLimits limits, Redactor redactor) {
        this.limits = limits;
        this.redactor = redactor;
    }

    @Override
    public String id() {
        return "pipeline";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<PipelineRunInfo> runs;
        try {
            runs = scope.once("tekton-pipelineruns", client -> TektonObjects.pipelineRuns(client, scope.namespace(), NamespaceScope.only(Set.of())));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 403) {
                return List.of(); // the person may not read Tekton's runs: nothing of theirs to judge
            }
            throw e;
        }
        return PipelineHistory.of(runs, scope.now()).stream().filter(p -> p.failedInARow() >= limits.failingRuns())
                .map(this::finding).toList();
    }

    private Finding finding(PipelineHistory p) {
        int failed = p.failedInARow();
        List<PipelineRunInfo> streak = p.runs().stream().filter(r -> r.state().finished()).limit(failed).toList();
        PipelineRunInfo newest = streak.getFirst();
        List<String> evidence = streak.stream().limit(limits.failingRuns())
                .map(r -> "run " + r.name() + " " + RunState.FAILED.name().toLowerCase(Locale.ROOT) + " (" + r.reason() + ")"
                        + (r.message() == null ? "" : ": " + redactor.redact(r.message()))).toList();
        return new Finding(Severity.WARNING, "pipeline-failing", "Pipeline", p.namespace(), p.pipeline(),
                "its last " + failed + " runs failed (at least " + limits.failingRuns() + " in a row), newest " + newest.name(),
                evidence, RunbookIds.PIPELINE).withFix("tkn pipelinerun describe " + newest.name() + " -n " + p.namespace());
    }
}
