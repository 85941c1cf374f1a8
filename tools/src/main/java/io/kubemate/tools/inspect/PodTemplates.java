package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;

import java.util.ArrayList;
import java.util.List;

/**
 * The pod specs people write: those of workloads, and of pods nobody owns. Checks on specs look here so
 * that a Deployment with 50 replicas gives one finding, not 50.
 */
final class PodTemplates {

    record Template(HasMetadata owner, PodSpec spec) {
    }

    private PodTemplates() {
    }

    static List<Template> of(InspectionScope scope) {
        List<Template> templates = new ArrayList<>();
        scope.list(Deployment.class).forEach(d -> add(templates, d, d.getSpec() == null || d.getSpec().getTemplate() == null
                ? null : d.getSpec().getTemplate().getSpec()));
        scope.list(StatefulSet.class).forEach(s -> add(templates, s, s.getSpec() == null || s.getSpec().getTemplate() == null
                ? null : s.getSpec().getTemplate().getSpec()));
        scope.list(DaemonSet.class).forEach(ds -> add(templates, ds, ds.getSpec() == null || ds.getSpec().getTemplate() == null
                ? null : ds.getSpec().getTemplate().getSpec()));
        scope.list(CronJob.class).forEach(cj -> add(templates, cj, cj.getSpec() == null || cj.getSpec().getJobTemplate() == null
                || cj.getSpec().getJobTemplate().getSpec() == null || cj.getSpec().getJobTemplate().getSpec().getTemplate() == null
                ? null : cj.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()));
        for (Pod pod : scope.pods()) {
            boolean owned = pod.getMetadata().getOwnerReferences() != null && !pod.getMetadata().getOwnerReferences().isEmpty();
            if (!owned) {
                add(templates, pod, pod.getSpec());
            }
        }
        return templates;
    }

    private static void add(List<Template> templates, HasMetadata owner, PodSpec spec) {
        if (spec != null) {
            templates.add(new Template(owner, spec));
        }
    }
}
