package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Container;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.stream.Stream;

/** Images pulled by {@code :latest} or without a tag: what runs can change under you, and rollbacks lie. */
@Singleton
public final class ImageTagInspection implements Inspection {

    @Override
    public String id() {
        return "image-tag";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return OnePerCheck.of(PodTemplates.of(scope).stream().flatMap(t -> Stream.concat(
                        t.spec().getContainers().stream(),
                        t.spec().getInitContainers() == null ? Stream.<Container>empty() : t.spec().getInitContainers().stream())
                .filter(c -> floating(c.getImage()))
                .map(c -> Finding.on(t.owner(), Severity.INFO, "image-tag", Reason.of("finding.image-tag", c.getName(), c.getImage()), List.of("image " + c.getImage()), null)))
                .toList());
    }

    static boolean floating(String image) {
        if (image == null || image.contains("@sha256:")) {
            return false;
        }
        String last = image.substring(image.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        return colon < 0 || last.substring(colon + 1).equals("latest");
    }
}
