package io.kubemate.tools.canary;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.util.Map;

/**
 * The Deployment behind a backend Service, whose name linkerd's {@code deployment} label carries: the one whose pod
 * labels the Service's selector matches; the Service's own name when none does or it cannot be read.
 */
final class BackendWorkloads {

    private BackendWorkloads() {
    }

    static String of(KubernetesClient client, String namespace, String service) {
        try {
            Service svc = client.services().inNamespace(namespace).withName(service).get();
            Map<String, String> selector = svc == null || svc.getSpec() == null ? null : svc.getSpec().getSelector();
            if (selector == null || selector.isEmpty()) {
                return service;
            }
            return client.apps().deployments().inNamespace(namespace).list().getItems().stream()
                    .filter(d -> matches(d, selector)).map(d -> d.getMetadata().getName()).sorted().findFirst().orElse(service);
        } catch (KubernetesClientException e) {
            return service;
        }
    }

    private static boolean matches(Deployment d, Map<String, String> selector) {
        Map<String, String> labels = d.getSpec() == null || d.getSpec().getTemplate() == null || d.getSpec().getTemplate().getMetadata() == null
                ? null : d.getSpec().getTemplate().getMetadata().getLabels();
        return labels != null && labels.entrySet().containsAll(selector.entrySet());
    }
}
