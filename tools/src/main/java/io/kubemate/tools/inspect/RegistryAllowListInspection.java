package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Container;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.registry.ImageRef;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Images pulled from a registry not on the allow-list ({@code *.example.com} allows its subdomains), once per owning
 * workload. An empty list turns the check off.
 */
public final class RegistryAllowListInspection implements Inspection {

    private static final Set<String> DOCKER_HUB_ALIASES = Set.of("index.docker.io", "registry-1.docker.io");

    private final Set<String> allowed;

    public RegistryAllowListInspection(List<String> allowed) {
        this.allowed = allowed.stream().map(a -> a.trim().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String id() {
        return "registry-allowed";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        if (allowed.isEmpty()) {
            return List.of();
        }
        return OnePerCheck.of(PodTemplates.of(scope).stream().flatMap(t -> Stream.concat(
                        t.spec().getContainers().stream(),
                        t.spec().getInitContainers() == null ? Stream.<Container>empty() : t.spec().getInitContainers().stream())
                .flatMap(c -> notAllowed(c.getImage()).stream().map(host -> Finding.on(t.owner(), Severity.WARNING, "image-registry-not-allowed",
                        Reason.of("finding.image-registry-not-allowed", c.getName(), c.getImage(), host), List.of("image " + c.getImage()), null))))
                .toList());
    }

    /** The image's registry host when it is not allowed. */
    private Optional<String> notAllowed(String image) {
        return ImageRef.parse(image).map(ref -> ref.host().toLowerCase(Locale.ROOT))
                .map(host -> DOCKER_HUB_ALIASES.contains(host) ? ImageRef.DOCKER_HUB : host)
                .filter(host -> !allows(host));
    }

    private boolean allows(String host) {
        return allowed.contains(host) || allowed.stream().anyMatch(a -> a.startsWith("*.") && host.endsWith(a.substring(1)));
    }
}
