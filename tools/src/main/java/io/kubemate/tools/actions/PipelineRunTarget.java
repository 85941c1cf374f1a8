package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.pipeline.PipelineRunInfo;
import io.kubemate.tools.pipeline.RunState;
import io.kubemate.tools.pipeline.TektonObjects;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The PipelineRun a pipeline action names: a run by its name, or, given a Pipeline's name, the newest of its runs that
 * the action can act on (the newest finished one to rerun, the newest still going to cancel).
 */
final class PipelineRunTarget {

    private PipelineRunTarget() {
    }

    record Found(GenericKubernetesResource resource, PipelineRunInfo info) {
    }

    static Found find(KubernetesClient client, Map<String, Object> args, String action, Predicate<PipelineRunInfo> usable, String which)
            throws ActionRejected {
        String namespace = WorkloadTarget.text(args, action, "namespace");
        String name = WorkloadTarget.text(args, action, "name");
        var runs = client.genericKubernetesResources(TektonObjects.PIPELINE_RUNS).inNamespace(namespace);
        try {
            GenericKubernetesResource run = runs.withName(name).get();
            if (run != null) {
                return new Found(run, TektonObjects.info(run));
            }
            Optional<Found> newest = runs.withLabel(PipelineRunInfo.PIPELINE_LABEL, name).list().getItems().stream()
                    .map(r -> new Found(r, TektonObjects.info(r))).filter(f -> usable.test(f.info()))
                    .max(Comparator.comparing(f -> Optional.ofNullable(f.info().started()).orElse(Instant.EPOCH)));
            return newest.orElseThrow(() -> new ActionRejected("no PipelineRun named " + name + " and no " + which + " run of pipeline "
                    + name + " in namespace " + namespace));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                throw new ActionRejected("the cluster serves no Tekton PipelineRuns (tekton.dev/v1)");
            }
            throw e;
        }
    }

    static String label(Found found) {
        return "PipelineRun " + found.info().namespace() + "/" + found.info().name();
    }

    static boolean going(PipelineRunInfo run) {
        return run.state() == RunState.RUNNING || run.state() == RunState.PENDING;
    }
}
