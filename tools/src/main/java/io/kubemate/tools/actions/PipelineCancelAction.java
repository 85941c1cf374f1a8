package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.kubemate.tools.pipeline.PipelineRunInfo;
import io.kubemate.tools.pipeline.RunState;
import io.kubemate.tools.pipeline.TektonObjects;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * {@code pipeline_cancel}: sets {@code spec.status: Cancelled} on a running or pending PipelineRun; Tekton then stops its
 * TaskRuns and skips its finally tasks, and the run ends with reason {@code Cancelled}.
 */
@Singleton
public final class PipelineCancelAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("pipeline_cancel", Risk.WRITE, "pipelines.cancel")
            .describe("Propose cancelling a running Tekton PipelineRun. Creates a proposal; executes nothing.",
                    "提议取消一个正在运行的 Tekton PipelineRun。只创建提议，不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("name", "PipelineRun, or a pipeline (its newest running run)", "PipelineRun，或流水线（取正在运行的最新一次）")
            .commands("cancel-run").positions("target").target(TargetKind.PIPELINE_RUN)
            .intentWords("cancel", "stop", "abort", "kill", "取消", "停止", "终止", "停掉", "中止")
            .build();

    static final String CANCELLED = "Cancelled";
    private static final String PATCH = "{\"spec\":{\"status\":\"" + CANCELLED + "\"}}";

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        PipelineRunTarget.Found found = PipelineRunTarget.find(asUser, args, name(), PipelineRunTarget::going, "running");
        PipelineRunInfo run = found.info();
        if (!PipelineRunTarget.going(run)) {
            throw new ActionRejected(PipelineRunTarget.label(found) + " has already finished (" + run.state().word()
                    + "): there is nothing to cancel");
        }
        patch(asUser, run, true);
        return new ActionPlan(name(), Map.of("namespace", run.namespace(), "name", run.name()),
                "spec.status " + (run.state() == RunState.PENDING ? "PipelineRunPending" : "(none)") + " → "
                        + CANCELLED + " (Tekton stops its running TaskRuns; finally tasks are skipped)", PipelineRunTarget.label(found))
                .withChecks(Map.of("state", run.state().name()), List.of(AccessCheck.patch(TektonObjects.GROUP, "pipelineruns",
                        run.namespace(), run.name())));
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected {
        PipelineRunTarget.Found found = PipelineRunTarget.find(asUser, plan.args(), name(), r -> true, "");
        patch(asUser, found.info(), false);
        return PipelineRunTarget.label(found) + " cancelled";
    }

    private static void patch(KubernetesClient client, PipelineRunInfo run, boolean dryRun) {
        var resource = client.genericKubernetesResources(TektonObjects.PIPELINE_RUNS).inNamespace(run.namespace()).withName(run.name());
        (dryRun ? resource.dryRun() : resource).patch(PatchContext.of(PatchType.JSON_MERGE), PATCH);
    }
}
