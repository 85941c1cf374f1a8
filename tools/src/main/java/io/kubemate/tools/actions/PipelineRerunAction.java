package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.pipeline.PipelineRunInfo;
import io.kubemate.tools.pipeline.TektonObjects;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pipeline_rerun}: a new PipelineRun with the spec of a previous one (its pipeline, params, workspaces,
 * timeouts), named by Tekton from {@code <pipeline>-rerun-}, as {@code tkn pipeline start --use-pipelinerun} does.
 * The previous run is left as it is.
 */
@Singleton
public final class PipelineRerunAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("pipeline_rerun", Risk.WRITE, "pipelines.rerun")
            .describe("Propose a new Tekton PipelineRun with the spec of a finished one. Creates a proposal; executes nothing.",
                    "提议用一次已结束的 PipelineRun 的 spec 新建运行。只创建提议，不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("name", "PipelineRun, or a pipeline (its newest finished run)", "PipelineRun，或流水线（取最近结束的运行）")
            .commands("rerun").positions("target").target(TargetKind.PIPELINE_RUN)
            .intentWords("rerun", "re-run", "run again", "retry", "restart the pipeline", "重跑", "重新运行", "重新跑", "再跑", "重试")
            .build();

    static final String ANNOTATION = "kubemate.io/rerun-of";
    /** Set by Tekton or by a cancellation; a copy must start afresh. */
    private static final List<String> NOT_COPIED = List.of("status");

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        PipelineRunTarget.Found found = PipelineRunTarget.find(asUser, args, name(), r -> r.state().finished(), "finished");
        if (PipelineRunTarget.going(found.info())) {
            throw new ActionRejected(PipelineRunTarget.label(found) + " is still " + found.info().state().word()
                    + ": cancel it first or wait for it to finish");
        }
        GenericKubernetesResource copy = copy(found);
        asUser.genericKubernetesResources(TektonObjects.PIPELINE_RUNS).inNamespace(found.info().namespace()).resource(copy).dryRun().create();
        PipelineRunInfo run = found.info();
        return new ActionPlan(name(), Map.of("namespace", run.namespace(), "name", run.name()),
                "new PipelineRun " + copy.getMetadata().getGenerateName() + "… of pipeline " + run.pipeline() + " with the spec of " + run.name()
                        + " (" + run.state().word() + (run.reason() == null ? "" : ", " + run.reason()) + ")"
                        + (run.values().isEmpty() ? "" : "; params/results " + run.values()),
                PipelineRunTarget.label(found))
                .withChecks(Map.of("state", run.state().name()), List.of(new AccessCheck("create", TektonObjects.GROUP, "pipelineruns", null,
                        run.namespace(), null)));
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected {
        PipelineRunTarget.Found found = PipelineRunTarget.find(asUser, plan.args(), name(), r -> true, "");
        GenericKubernetesResource created = asUser.genericKubernetesResources(TektonObjects.PIPELINE_RUNS)
                .inNamespace(found.info().namespace()).resource(copy(found)).create();
        return "PipelineRun " + created.getMetadata().getNamespace() + "/" + created.getMetadata().getName() + " started (a rerun of "
                + found.info().name() + ")";
    }

    @SuppressWarnings("unchecked")
    private static GenericKubernetesResource copy(PipelineRunTarget.Found found) {
        PipelineRunInfo run = found.info();
        Map<String, Object> spec = new LinkedHashMap<>(found.resource().getAdditionalProperties().get("spec") instanceof Map<?, ?> m
                ? (Map<String, Object>) m : Map.of());
        NOT_COPIED.forEach(spec::remove);
        Map<String, String> labels = new HashMap<>();
        labels.put(PipelineRunInfo.PIPELINE_LABEL, run.pipeline());
        GenericKubernetesResource copy = new GenericKubernetesResource();
        copy.setApiVersion(TektonObjects.GROUP + "/" + TektonObjects.VERSION);
        copy.setKind("PipelineRun");
        copy.setMetadata(new ObjectMetaBuilder().withGenerateName(run.pipeline() + "-rerun-").withNamespace(run.namespace())
                .withLabels(labels).withAnnotations(Map.of(ANNOTATION, run.name())).build());
        copy.setAdditionalProperty("spec", spec);
        return copy;
    }
}
