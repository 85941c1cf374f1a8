package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.kubemate.tools.outcome.Reason;

import java.util.List;
import java.util.Map;

/** Finds the workload an action names and patches it, for real or as a server-side dry run. */
final class WorkloadTarget {

    private WorkloadTarget() {
    }

    static HasMetadata find(KubernetesClient client, String namespace, String workload, List<Class<? extends HasMetadata>> kinds)
            throws ActionRejected {
        for (Class<? extends HasMetadata> kind : kinds) {
            HasMetadata found = client.resources(kind).inNamespace(namespace).withName(workload).get();
            if (found != null) {
                return found;
            }
        }
        throw new ActionRejected(Reason.of("objects.none-named-in-namespace",
                String.join(" or ", kinds.stream().map(Class::getSimpleName).toList()), workload, namespace));
    }

    static void mergePatch(KubernetesClient client, HasMetadata target, String body, boolean dryRun) {
        Resource<? extends HasMetadata> resource = resource(client, target);
        (dryRun ? resource.dryRun() : resource).patch(PatchContext.of(PatchType.JSON_MERGE), body);
    }

    static void jsonPatch(KubernetesClient client, HasMetadata target, String body, boolean dryRun) {
        Resource<? extends HasMetadata> resource = resource(client, target);
        (dryRun ? resource.dryRun() : resource).patch(PatchContext.of(PatchType.JSON), body);
    }

    private static Resource<? extends HasMetadata> resource(KubernetesClient client, HasMetadata target) {
        return switch (target) {
            case Deployment d -> client.apps().deployments().inNamespace(namespace(target)).withName(name(target));
            case StatefulSet s -> client.apps().statefulSets().inNamespace(namespace(target)).withName(name(target));
            case DaemonSet ds -> client.apps().daemonSets().inNamespace(namespace(target)).withName(name(target));
            default -> throw new IllegalArgumentException("cannot patch a " + target.getKind());
        };
    }

    /** The permission to patch {@code target}, for the API server's access review. */
    static AccessCheck patchOf(HasMetadata target) {
        return AccessCheck.patch(HasMetadata.getGroup(target.getClass()), HasMetadata.getPlural(target.getClass()),
                namespace(target), name(target));
    }

    static String text(Map<String, Object> args, String action, String name) throws ActionRejected {
        Object value = args.get(name);
        if (value == null || value.toString().isBlank()) {
            throw new ActionRejected(action + " needs " + name);
        }
        return value.toString().trim();
    }

    private static String namespace(HasMetadata target) {
        return target.getMetadata().getNamespace();
    }

    private static String name(HasMetadata target) {
        return target.getMetadata().getName();
    }
}
