package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Container;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.registry.ImageRef;
import io.kubemate.tools.registry.Registry;
import io.kubemate.tools.registry.RegistryProbe;
import io.kubemate.tools.report.Ages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Images still running that were pushed (Harbor's {@code push_time}) or built (the image config's {@code created})
 * longer ago than the limit, once per owning workload, for images of the configured registries. Each image is looked
 * up once per run, at most {@code maxLookups} in all, and only in registries that answer; a registry's credentials
 * are read once per run.
 */
public final class ImageAgeInspection implements Inspection {

    private final List<Registry> registries;
    private final RegistryProbe probe;
    private final Duration maxAge;
    private final int maxLookups;

    public ImageAgeInspection(List<Registry> registries, RegistryProbe probe, Duration maxAge, int maxLookups) {
        this.registries = List.copyOf(registries);
        this.probe = probe;
        this.maxAge = maxAge;
        this.maxLookups = maxLookups;
    }

    @Override
    public String id() {
        return "image-age";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        if (registries.isEmpty() || maxAge.isZero() || maxAge.isNegative()) {
            return List.of();
        }
        Map<String, Optional<Instant>> made = new HashMap<>();
        Map<String, Boolean> answers = new HashMap<>();
        Map<String, Optional<String>> authorizations = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (PodTemplates.Template t : PodTemplates.of(scope)) {
            Stream.concat(t.spec().getContainers().stream(),
                    t.spec().getInitContainers() == null ? Stream.<Container>empty() : t.spec().getInitContainers().stream()).forEach(c -> {
                String image = c.getImage();
                Optional<Instant> when = made.containsKey(image) ? made.get(image) : lookUp(image, made, answers, authorizations);
                when.filter(w -> Duration.between(w, scope.now()).compareTo(maxAge) > 0).ifPresent(w ->
                        findings.add(Finding.on(t.owner(), Severity.INFO, "image-old",
                                Reason.of("finding.image-old", c.getName(), image, Ages.of(Duration.between(w, scope.now())), Ages.of(maxAge)),
                                List.of("image " + image, "pushed " + w), null)));
            });
        }
        return OnePerCheck.of(findings);
    }

    private Optional<Instant> lookUp(String image, Map<String, Optional<Instant>> made, Map<String, Boolean> answers,
                                     Map<String, Optional<String>> authorizations) {
        Optional<ImageRef> ref = ImageRef.parse(image);
        Optional<Registry> registry = ref.flatMap(r -> registries.stream().filter(g -> RegistryInspection.from(image, g)).findFirst());
        if (registry.isEmpty() || made.size() >= maxLookups
                || !answers.computeIfAbsent(registry.get().name(), n -> probe.health(registry.get()).answers())) {
            return Optional.empty();
        }
        // the credentials are read once per registry and run (a Secret read, perhaps), never per image
        Optional<String> authorization = authorizations.computeIfAbsent(registry.get().name(), n -> registry.get().credentials().authorization());
        Optional<Instant> when = probe.made(registry.get(), ref.get(), authorization);
        made.put(image, when);
        return when;
    }
}
