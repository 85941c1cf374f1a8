package io.kubemate.tools.diagnose;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;

import java.util.List;
import java.util.Map;

/**
 * The Services a diagnosis should reason about: the target itself when it is one, else the Services that select its
 * pods (or its pod template's labels) or bear its name — the last catches a Service whose selector no longer matches.
 */
public final class RelatedServices {

    private RelatedServices() {
    }

    public static List<Service> of(Scene scene) {
        if (scene.object() instanceof Service service) {
            return List.of(service);
        }
        Map<String, String> template = PodSpecs.template(scene.object()).map(PodTemplateSpec::getMetadata)
                .map(m -> m.getLabels() == null ? Map.<String, String>of() : m.getLabels()).orElse(Map.of());
        return scene.cluster().namespaced(Service.class).stream()
                .filter(s -> s.getSpec() != null && s.getSpec().getSelector() != null && !s.getSpec().getSelector().isEmpty())
                .filter(s -> s.getMetadata().getName().equals(scene.target().name())
                        || Labels.matches(s.getSpec().getSelector(), template)
                        || scene.pods().stream().anyMatch(p -> Labels.matches(s.getSpec().getSelector(), Labels.of(p))))
                .toList();
    }

    /** The pods of the namespace that {@code service} selects. */
    public static List<Pod> selected(Scene scene, Service service) {
        return scene.cluster().namespaced(Pod.class).stream()
                .filter(p -> Labels.matches(service.getSpec().getSelector(), Labels.of(p))).toList();
    }
}
