package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.kubemate.tools.kube.DeploymentRevisions;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.spec.Param;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code rollback}: what {@code kubectl rollout undo} does for a Deployment — puts the pod template of an
 * earlier revision (its ReplicaSet) back, the previous one unless a revision is named.
 */
@Singleton
public final class RollbackAction implements Action {

    private final Redactor redactor;

    public RollbackAction(Redactor redactor) {
        this.redactor = redactor;
    }

    public static final ToolSpec SPEC = ToolSpec.action("rollback", Risk.WRITE, "workloads.rollback")
            .describe("Propose rolling a Deployment back to the previous or a named revision. Creates a proposal; executes nothing.",
                    "提议把 Deployment 回滚到上一个或指定的版本。只创建提议，不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("workload", "Deployment name", "Deployment 名称")
            .param("revision", Param.Type.INTEGER, false, "revision number; omit for the previous one", "版本号；不填则为上一个版本").stated()
            .commands("rollback").positions("target", "revision").target(TargetKind.WORKLOAD)
            .intentWords("rollback", "roll back", "revert", "回滚", "回退")
            .build();

    private static final String HASH_LABEL = "pod-template-hash";

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        String namespace = WorkloadTarget.text(args, name(), "namespace");
        String workload = WorkloadTarget.text(args, name(), "workload");
        Integer wanted = revisionArg(args.get("revision"));
        Deployment deployment = deployment(asUser, namespace, workload);
        int current = revisionOf(deployment).orElseThrow(() -> new ActionRejected(Reason.of("rollback.no-revision", namespace + "/" + workload)));
        List<ReplicaSet> history = history(asUser, deployment);
        ReplicaSet target = pick(history, current, wanted, namespace + "/" + workload);
        PodTemplateSpec template = templateOf(target);
        PodTemplateSpec running = withoutHash(deployment.getSpec().getTemplate());
        if (TemplateChanges.fields(running, template).isEmpty()) {
            throw new ActionRejected(Reason.of("rollback.same-template", revisionOf(target).orElse(0), current));
        }
        int targetRevision = revisionOf(target).orElseThrow();
        patch(asUser, deployment, template, true);
        PodTemplateSpec shownRunning = TemplateChanges.masked(running, redactor);
        PodTemplateSpec shownTarget = TemplateChanges.masked(template, redactor);
        String diff = "revision " + current + " → " + targetRevision + ": "
                + TemplateChanges.summary(TemplateChanges.fields(shownRunning, shownTarget)) + "\n```diff\n"
                + TemplateChanges.unified(shownRunning, shownTarget, "revision " + current + " (running)", "revision " + targetRevision)
                + "\n```";
        return new ActionPlan(name(), Map.of("namespace", namespace, "workload", workload, "revision", targetRevision),
                diff, "Deployment " + namespace + "/" + workload)
                .withChecks(Map.of("revision", current), List.of(WorkloadTarget.patchOf(deployment)));
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected {
        String namespace = (String) plan.args().get("namespace");
        String workload = (String) plan.args().get("workload");
        int revision = ((Number) plan.args().get("revision")).intValue();
        Deployment deployment = deployment(asUser, namespace, workload);
        ReplicaSet target = history(asUser, deployment).stream().filter(rs -> revisionOf(rs).orElse(-1) == revision).findFirst()
                .orElseThrow(() -> new ActionRejected(Reason.of("rollback.revision-gone", revision, workload)));
        patch(asUser, deployment, templateOf(target), false);
        return "Deployment " + namespace + "/" + workload + " rolled back to the pod template of revision " + revision;
    }

    private static Deployment deployment(KubernetesClient client, String namespace, String workload) throws ActionRejected {
        Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(workload).get();
        if (deployment == null) {
            throw new ActionRejected(Reason.of("rollback.no-deployment", workload, namespace));
        }
        return deployment;
    }

    private static List<ReplicaSet> history(KubernetesClient client, Deployment deployment) {
        return DeploymentRevisions.of(client, deployment);
    }

    private static ReplicaSet pick(List<ReplicaSet> history, int current, Integer wanted, String what) throws ActionRejected {
        if (wanted != null) {
            if (wanted == current) {
                throw new ActionRejected(what + " already runs revision " + current);
            }
            return history.stream().filter(rs -> revisionOf(rs).orElse(-1).intValue() == wanted).findFirst()
                    .orElseThrow(() -> new ActionRejected(what + " has no revision " + wanted + " (known: " + known(history) + ")"));
        }
        return history.stream().filter(rs -> revisionOf(rs).orElse(0) < current).findFirst()
                .orElseThrow(() -> new ActionRejected(what + " has no revision before " + current + " to roll back to"));
    }

    private static String known(List<ReplicaSet> history) {
        return String.join(", ", history.stream().map(rs -> String.valueOf(revisionOf(rs).orElse(0))).toList());
    }

    private static Optional<Integer> revisionOf(HasMetadata object) {
        return DeploymentRevisions.revisionOf(object);
    }

    private static Integer revisionArg(Object value) throws ActionRejected {
        if (value == null || value.toString().isBlank() || "previous".equalsIgnoreCase(value.toString().trim())) {
            return null;
        }
        try {
            int revision = value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().trim());
            if (revision < 1) {
                throw new ActionRejected(Reason.of("rollback.revision-invalid", revision));
            }
            return revision;
        } catch (NumberFormatException e) {
            throw new ActionRejected(Reason.of("rollback.revision-invalid", value));
        }
    }

    /** The ReplicaSet's template as it would be restored. */
    private static PodTemplateSpec templateOf(ReplicaSet rs) {
        return withoutHash(rs.getSpec().getTemplate());
    }

    /** A template without the label the controller adds to tell ReplicaSets apart (it is not part of a change). */
    private static PodTemplateSpec withoutHash(PodTemplateSpec template) {
        PodTemplateSpec copy = Serialization.clone(template);
        if (copy.getMetadata() != null && copy.getMetadata().getLabels() != null) {
            Map<String, String> labels = new HashMap<>(copy.getMetadata().getLabels());
            labels.remove(HASH_LABEL);
            copy.getMetadata().setLabels(labels);
        }
        return copy;
    }

    private static void patch(KubernetesClient client, Deployment deployment, PodTemplateSpec template, boolean dryRun) {
        WorkloadTarget.jsonPatch(client, deployment, "[{\"op\":\"replace\",\"path\":\"/spec/template\",\"value\":"
                + Serialization.asJson(template) + "}]", dryRun);
    }
}
