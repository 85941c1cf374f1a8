package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Ingresses without a usable class, pointing at missing Services, or naming missing TLS Secrets. */
@Singleton
public final class IngressInspection implements Inspection {

    static final String DEFAULT_CLASS = "ingressclass.kubernetes.io/is-default-class";

    @Override
    public String id() {
        return "ingress";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<IngressClass> classes = scope.list(IngressClass.class);
        Set<String> classNames = classes.stream().map(c -> c.getMetadata().getName()).collect(Collectors.toSet());
        boolean hasDefault = classes.stream().anyMatch(c -> c.getMetadata().getAnnotations() != null
                && "true".equals(c.getMetadata().getAnnotations().get(DEFAULT_CLASS)));
        return PerObject.check(id(), scope.list(Ingress.class), ing -> check(scope, ing, classNames, hasDefault));
    }

    private List<Finding> check(InspectionScope scope, Ingress ing, Set<String> classNames, boolean hasDefault) {
        List<Finding> findings = new ArrayList<>();
        String ns = ing.getMetadata().getNamespace();
        String className = ing.getSpec().getIngressClassName();
        if (className == null && ing.getMetadata().getAnnotations() != null) {
            className = ing.getMetadata().getAnnotations().get("kubernetes.io/ingress.class");
        }
        if (className == null && !hasDefault) {
            findings.add(Finding.on(ing, Severity.WARNING, "ingress-class", Reason.of("finding.ingress-no-class"),
                    List.of("spec.ingressClassName is empty"), RunbookIds.INGRESS));
        } else if (className != null && !classNames.contains(className) && !classNames.isEmpty()) {
            findings.add(Finding.on(ing, Severity.WARNING, "ingress-class", Reason.of("finding.ingress-class", className),
                    List.of("known classes: " + classNames), RunbookIds.INGRESS));
        }
        Set<String> services = scope.in(Service.class, ns).stream().map(s -> s.getMetadata().getName()).collect(Collectors.toSet());
        Set<String> missing = new LinkedHashSet<>();
        List<IngressBackend> backends = new ArrayList<>();
        if (ing.getSpec().getDefaultBackend() != null) {
            backends.add(ing.getSpec().getDefaultBackend());
        }
        if (ing.getSpec().getRules() != null) {
            ing.getSpec().getRules().stream().filter(r -> r.getHttp() != null && r.getHttp().getPaths() != null)
                    .flatMap(r -> r.getHttp().getPaths().stream()).forEach(p -> backends.add(p.getBackend()));
        }
        backends.stream().filter(b -> b != null && b.getService() != null)
                .map(b -> b.getService().getName()).filter(name -> !services.contains(name)).forEach(missing::add);
        if (!missing.isEmpty()) {
            findings.add(Finding.on(ing, Severity.CRITICAL, "ingress-backend", Reason.of("finding.missing-service", String.join(", ", missing)),
                    List.of("services in " + ns + ": " + services), RunbookIds.INGRESS));
        }
        if (ing.getSpec().getTls() != null) {
            Set<String> secrets = scope.in(Secret.class, ns).stream().map(s -> s.getMetadata().getName()).collect(Collectors.toSet());
            ing.getSpec().getTls().stream().map(t -> t.getSecretName()).filter(n -> n != null && !secrets.contains(n))
                    .forEach(n -> findings.add(Finding.on(ing, Severity.CRITICAL, "ingress-tls-secret",
                            Reason.of("finding.ingress-tls-secret", n), List.of("spec.tls secretName " + n), RunbookIds.INGRESS)));
        }
        return findings;
    }
}
