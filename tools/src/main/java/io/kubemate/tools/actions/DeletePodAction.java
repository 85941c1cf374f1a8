package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code delete_pod}: deletes one pod with its normal grace period. A pod with a controller is replaced by
 * it; a bare pod is gone for good, and the diff says so.
 */
@Singleton
public final class DeletePodAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("delete_pod", Risk.DESTRUCTIVE, "pods.delete")
            .describe("Propose deleting one pod by its exact name. Creates a proposal; executes nothing.",
                    "提议按确切名称删除一个 pod。只创建提议，不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("pod", "exact pod name", "确切的 pod 名称")
            .commands("delete").positions("target").target(TargetKind.POD)
            .intentWords("delete", "kill", "remove", "删除", "删掉", "杀掉", "干掉")
            .build();

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        String namespace = WorkloadTarget.text(args, name(), "namespace");
        String podName = WorkloadTarget.text(args, name(), "pod");
        Pod pod = find(asUser, namespace, podName);
        Optional<OwnerReference> controller = Optional.ofNullable(pod.getMetadata().getOwnerReferences()).orElse(List.of()).stream()
                .filter(o -> Boolean.TRUE.equals(o.getController())).findFirst();
        asUser.pods().inNamespace(namespace).withName(podName).dryRun().delete();
        String consequence = controller.map(o -> "its " + o.getKind() + " " + o.getName() + " creates a replacement")
                .orElse("it has no controller: it will NOT be recreated");
        return new ActionPlan(name(), Map.of("namespace", namespace, "pod", podName, "uid", String.valueOf(pod.getMetadata().getUid())),
                "delete pod " + podName + " (" + consequence + ")", "Pod " + namespace + "/" + podName)
                .withChecks(Map.of("uid", String.valueOf(pod.getMetadata().getUid())),
                        List.of(new AccessCheck("delete", "", "pods", null, namespace, podName)));
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected {
        String namespace = (String) plan.args().get("namespace");
        String podName = (String) plan.args().get("pod");
        Pod pod = find(asUser, namespace, podName);
        if (!String.valueOf(pod.getMetadata().getUid()).equals(plan.args().get("uid"))) {
            throw new ActionRejected(Reason.of("delete-pod.replaced", namespace + "/" + podName));
        }
        asUser.pods().inNamespace(namespace).withName(podName).delete();
        return "pod " + namespace + "/" + podName + " deleted";
    }

    private static Pod find(KubernetesClient client, String namespace, String podName) throws ActionRejected {
        Pod pod = client.pods().inNamespace(namespace).withName(podName).get();
        if (pod == null) {
            throw new ActionRejected(Reason.of("objects.none-named-in-namespace", "pod", podName, namespace));
        }
        return pod;
    }
}
