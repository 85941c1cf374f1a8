package io.kubemate.tools.pipeline;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.kubemate.tools.scope.NamespaceScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads Tekton's PipelineRuns and TaskRuns (tekton.dev/v1) with a client that already impersonates the person: in every
 * namespace when they may list there, else in each namespace their grants name; none when the cluster does not serve
 * the kinds (Tekton not installed).
 */
public final class TektonObjects {

    public static final String GROUP = "tekton.dev";
    public static final String VERSION = "v1";
    public static final ResourceDefinitionContext PIPELINE_RUNS = context("PipelineRun", "pipelineruns");
    public static final ResourceDefinitionContext TASK_RUNS = context("TaskRun", "taskruns");
    /** Read by nobody here; served by a sandbox so that fixtures may hold the Pipelines their runs belong to. */
    static final ResourceDefinitionContext PIPELINES = context("Pipeline", "pipelines");
    public static final List<ResourceDefinitionContext> KINDS = List.of(PIPELINE_RUNS, TASK_RUNS, PIPELINES);

    private TektonObjects() {
    }

    /** Every PipelineRun the client may list, in {@code namespace} or (null) everywhere the scope allows. */
    public static List<PipelineRunInfo> pipelineRuns(KubernetesClient client, String namespace, NamespaceScope scope) {
        return raw(client, namespace, scope).stream().map(PipelineRunInfo::of).toList();
    }

    static List<GenericKubernetesResource> raw(KubernetesClient client, String namespace, NamespaceScope scope) {
        try {
            return namespace != null ? client.genericKubernetesResources(PIPELINE_RUNS).inNamespace(namespace).list().getItems()
                    : client.genericKubernetesResources(PIPELINE_RUNS).inAnyNamespace().list().getItems();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return List.of(); // Tekton is not installed
            }
            if (e.getCode() != 403 || namespace != null) {
                throw e;
            }
        }
        List<GenericKubernetesResource> items = new ArrayList<>();
        for (String ns : scope.namespaces().orElse(Set.of())) {
            try {
                items.addAll(client.genericKubernetesResources(PIPELINE_RUNS).inNamespace(ns).list().getItems());
            } catch (KubernetesClientException e) {
                if (e.getCode() != 403 && e.getCode() != 404) {
                    throw e;
                }
            }
        }
        return items;
    }

    /** The facts of one PipelineRun as read. */
    public static PipelineRunInfo info(GenericKubernetesResource run) {
        return PipelineRunInfo.of(run);
    }

    /** The TaskRuns of one PipelineRun, by the label Tekton puts on them. */
    public static List<TaskRunInfo> taskRuns(KubernetesClient client, String namespace, String pipelineRun) {
        try {
            return client.genericKubernetesResources(TASK_RUNS).inNamespace(namespace).withLabel("tekton.dev/pipelineRun", pipelineRun)
                    .list().getItems().stream().map(TaskRunInfo::of).toList();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    private static ResourceDefinitionContext context(String kind, String plural) {
        return new ResourceDefinitionContext.Builder().withGroup(GROUP).withVersion(VERSION).withKind(kind).withPlural(plural)
                .withNamespaced(true).build();
    }
}
