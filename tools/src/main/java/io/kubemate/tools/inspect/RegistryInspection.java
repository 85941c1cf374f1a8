package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.registry.ImageRef;
import io.kubemate.tools.registry.Registry;
import io.kubemate.tools.registry.RegistryProbe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The configured image registries answer: Harbor's {@code /api/v2.0/health} (a component not healthy is a finding
 * naming it; critical for those pulls go through) or a plain registry's {@code /v2/}. One that does not answer is
 * critical. The evidence names the inspected pods stuck pulling from it. A whole-cluster inspection reports every
 * registry; a namespace's only those its pods pull from.
 */
public final class RegistryInspection implements Inspection {

    static final Set<String> PULL_FAILURES = Set.of("ImagePullBackOff", "ErrImagePull");
    private static final Set<String> PULL_PATH = Set.of("core", "registry", "registryctl", "database", "redis");
    private static final int MAX_PODS = 5;
    private static final int MAX_MESSAGE = 200;

    private final List<Registry> registries;
    private final RegistryProbe probe;

    public RegistryInspection(List<Registry> registries, RegistryProbe probe) {
        this.registries = List.copyOf(registries);
        this.probe = probe;
    }

    @Override
    public String id() {
        return "registry";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Registry registry : registries) {
            if (scope.namespace() != null && scope.pods().stream().noneMatch(p -> images(p).anyMatch(i -> from(i, registry)))) {
                continue;
            }
            RegistryProbe.Health health = probe.health(registry);
            List<String> evidence = new ArrayList<>(List.of("url " + registry.url(), health.detail()));
            evidence.addAll(stuckPulling(scope, registry));
            if (!health.answers()) {
                findings.add(finding(registry, Severity.CRITICAL, "registry-unreachable",
                        Reason.of("finding.registry-unreachable", registry.host(), health.detail()), evidence));
            } else if (!health.unhealthy().isEmpty()) {
                boolean pulls = health.unhealthy().stream().anyMatch(c -> PULL_PATH.contains(c.split(" ")[0].toLowerCase(Locale.ROOT)));
                findings.add(finding(registry, pulls ? Severity.CRITICAL : Severity.WARNING, "registry-unhealthy",
                        Reason.of("finding.registry-unhealthy", registry.host(), String.join(", ", health.unhealthy())), evidence));
            }
        }
        return findings;
    }

    private static Finding finding(Registry registry, Severity severity, String check, Reason problem, List<String> evidence) {
        String probe = registry.kind() == Registry.Kind.HARBOR ? registry.url() + "/api/v2.0/health" : registry.url() + "/v2/";
        return new Finding(severity, check, "ImageRegistry", null, registry.name(), problem, evidence, null)
                .withFix("curl -sS --max-time 5 -w ' HTTP %{http_code}\\n' " + probe);
    }

    /** The inspected pods whose containers fail to pull an image of this registry, with the kubelet's message. */
    private static List<String> stuckPulling(InspectionScope scope, Registry registry) {
        List<String> lines = new ArrayList<>();
        int stuck = 0;
        for (Pod pod : scope.pods()) {
            for (ContainerStatus status : statuses(pod)) {
                var waiting = status.getState() == null ? null : status.getState().getWaiting();
                if (waiting != null && PULL_FAILURES.contains(waiting.getReason()) && from(status.getImage(), registry)) {
                    if (stuck++ < MAX_PODS) {
                        String message = waiting.getMessage() == null ? "" : waiting.getMessage().replaceAll("\\s+", " ").strip();
                        lines.add("pod " + pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName() + " " + waiting.getReason()
                                + " pulling " + status.getImage()
                                + (message.isEmpty() ? "" : ": " + (message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message)));
                    }
                }
            }
        }
        if (stuck > MAX_PODS) {
            lines.add((stuck - MAX_PODS) + " more containers in ImagePullBackOff/ErrImagePull pulling from " + registry.host());
        }
        return lines;
    }

    private static List<ContainerStatus> statuses(Pod pod) {
        if (pod.getStatus() == null) {
            return List.of();
        }
        List<ContainerStatus> all = new ArrayList<>();
        if (pod.getStatus().getInitContainerStatuses() != null) {
            all.addAll(pod.getStatus().getInitContainerStatuses());
        }
        if (pod.getStatus().getContainerStatuses() != null) {
            all.addAll(pod.getStatus().getContainerStatuses());
        }
        return all;
    }

    private static Stream<String> images(Pod pod) {
        if (pod.getSpec() == null) {
            return Stream.empty();
        }
        return Stream.concat(pod.getSpec().getContainers().stream(),
                pod.getSpec().getInitContainers() == null ? Stream.empty() : pod.getSpec().getInitContainers().stream())
                .map(c -> c.getImage());
    }

    static boolean from(String image, Registry registry) {
        return ImageRef.parse(image).map(ref -> ref.host().toLowerCase(Locale.ROOT).equals(registry.host())).orElse(false);
    }
}
