package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ServiceReference;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Admission webhooks whose Service is missing or has no ready endpoint: with failurePolicy Fail they block
 * every matching API request.
 */
@Singleton
public final class WebhookInspection implements Inspection {

    private record Hook(HasMetadata config, String name, ServiceReference service, String failurePolicy) {
    }

    @Override
    public String id() {
        return "webhook";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<Hook> hooks = new ArrayList<>();
        scope.list(ValidatingWebhookConfiguration.class).forEach(c -> c.getWebhooks().forEach(w ->
                hooks.add(new Hook(c, w.getName(), w.getClientConfig().getService(), w.getFailurePolicy()))));
        scope.list(MutatingWebhookConfiguration.class).forEach(c -> c.getWebhooks().forEach(w ->
                hooks.add(new Hook(c, w.getName(), w.getClientConfig().getService(), w.getFailurePolicy()))));
        List<Finding> findings = new ArrayList<>();
        for (Hook hook : hooks) {
            if (hook.service() == null) {
                continue;
            }
            Reason problem = problem(scope, hook.service());
            if (problem != null) {
                boolean blocking = hook.failurePolicy() == null || "Fail".equals(hook.failurePolicy());
                List<Reason> parts = blocking ? List.of(Reason.of("finding.webhook", hook.name()), problem, Reason.of("finding.webhook-blocking"))
                        : List.of(Reason.of("finding.webhook", hook.name()), problem);
                findings.add(Finding.of(hook.config(), blocking ? Severity.CRITICAL : Severity.WARNING, "webhook-service", parts,
                        List.of("service " + hook.service().getNamespace() + "/" + hook.service().getName()), null));
            }
        }
        return findings;
    }

    /** Uses namespace-wide lists: a webhook's Service may live outside the inspected namespace. */
    private static Reason problem(InspectionScope scope, ServiceReference ref) {
        boolean serviceExists = scope.in(Service.class, ref.getNamespace()).stream()
                .anyMatch(s -> s.getMetadata().getName().equals(ref.getName()));
        if (scope.namespace() != null && !scope.namespace().equals(ref.getNamespace())) {
            return null;
        }
        if (!serviceExists) {
            return Reason.of("finding.webhook-service-missing", ref.getNamespace() + "/" + ref.getName());
        }
        boolean ready = scope.in(Endpoints.class, ref.getNamespace()).stream()
                .filter(e -> e.getMetadata().getName().equals(ref.getName()))
                .anyMatch(e -> e.getSubsets() != null && e.getSubsets().stream()
                        .anyMatch(s -> s.getAddresses() != null && !s.getAddresses().isEmpty()));
        return ready ? null : Reason.of("finding.webhook-service-not-ready", ref.getNamespace() + "/" + ref.getName());
    }
}
