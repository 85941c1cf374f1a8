package io.kubemate.tools.diagnose;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

import java.util.Optional;

/** The pod spec behind a diagnosed object: its first pod's, else its template's (when no pod could be created). */
public final class PodSpecs {

    private PodSpecs() {
    }

    public static Optional<PodSpec> of(Scene scene) {
        if (scene.target().namespace() == null) {
            return Optional.empty();
        }
        if (!scene.pods().isEmpty() && scene.pods().getFirst().getSpec() != null) {
            return Optional.of(scene.pods().getFirst().getSpec());
        }
        return template(scene.object()).map(PodTemplateSpec::getSpec);
    }

    /** Where the spec comes from, to name it in a sentence: the pod, else the object. */
    public static String owner(Scene scene) {
        return scene.pods().isEmpty() ? scene.target().toString() : "pod " + scene.pods().getFirst().getMetadata().getName();
    }

    static Optional<PodTemplateSpec> template(HasMetadata object) {
        return Optional.ofNullable(switch (object) {
            case Deployment d -> d.getSpec() == null ? null : d.getSpec().getTemplate();
            case StatefulSet s -> s.getSpec() == null ? null : s.getSpec().getTemplate();
            case DaemonSet ds -> ds.getSpec() == null ? null : ds.getSpec().getTemplate();
            case Job j -> j.getSpec() == null ? null : j.getSpec().getTemplate();
            case CronJob c -> c.getSpec() == null || c.getSpec().getJobTemplate() == null || c.getSpec().getJobTemplate().getSpec() == null
                    ? null : c.getSpec().getJobTemplate().getSpec().getTemplate();
            case Pod ignored -> null;
            default -> null;
        });
    }
}
