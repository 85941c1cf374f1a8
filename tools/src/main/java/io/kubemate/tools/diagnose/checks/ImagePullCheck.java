package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An image that cannot be pulled, by what the runtime said: the tag (or repository) does not exist, the registry
 * refused the credentials (then whether the pull secrets exist at all), or the registry host cannot be reached.
 */
@Singleton
public final class ImagePullCheck implements DiagnosisCheck {

    private static final Set<String> PULL = Set.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName");
    private static final Pattern NOT_FOUND = Pattern.compile("(?i)not found|manifest unknown|does not exist|no such manifest|name unknown");
    private static final Pattern AUTH = Pattern.compile("(?i)unauthorized|authentication required|access denied|denied|forbidden|\\b401\\b|\\b403\\b|no basic auth");
    private static final Pattern UNREACHABLE = Pattern.compile("(?i)no such host|i/o timeout|dial tcp|connection refused|x509|tls:|network is unreachable|timeout");

    @Override
    public Verdict check(Scene scene) {
        for (Pod pod : scene.pods()) {
            for (ContainerStatus status : pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
                    ? List.<ContainerStatus>of() : pod.getStatus().getContainerStatuses()) {
                String reason = status.getState() != null && status.getState().getWaiting() != null ? status.getState().getWaiting().getReason() : null;
                if (reason == null || !PULL.contains(reason)) {
                    continue;
                }
                return Verdict.of(cause(scene, pod, status, reason));
            }
        }
        return Verdict.none();
    }

    private Cause cause(Scene scene, Pod pod, ContainerStatus status, String reason) {
        String image = status.getImage() != null && !status.getImage().isBlank() ? status.getImage() : specImage(pod, status.getName());
        ImageReference ref = ImageReference.parse(image);
        List<String> messages = new ArrayList<>();
        if (status.getState().getWaiting().getMessage() != null) {
            messages.add(status.getState().getWaiting().getMessage());
        }
        scene.warningsAbout(pod.getMetadata().getName()).stream().map(e -> Objects.toString(e.getMessage(), ""))
                .filter(m -> m.toLowerCase(Locale.ROOT).contains("pull") || m.contains(ref.repository())).distinct().forEach(messages::add);
        String said = String.join(" ", messages);
        List<String> evidence = new ArrayList<>();
        evidence.add("container " + status.getName() + ": " + reason + ", image " + image);
        messages.stream().limit(2).forEach(evidence::add);
        List<String> secrets = pullSecrets(scene, pod);
        var existing = scene.cluster().secretNames();
        List<String> missing = existing.map(names -> secrets.stream().filter(s -> !names.contains(s)).toList()).orElse(List.of());
        if (!missing.isEmpty()) {
            evidence.add("imagePullSecrets: " + String.join(", ", secrets) + "; missing in " + scene.cluster().namespace() + ": "
                    + String.join(", ", missing));
            return Cause.of(CauseKind.IMAGE_PULL_SECRET_MISSING, Cause.PROVEN, List.of(String.join(", ", missing), image, ref.registry()), evidence);
        }
        if (NOT_FOUND.matcher(said).find() && !AUTH.matcher(said.replaceAll("(?i)pull access denied", "")).find()) {
            return Cause.of(CauseKind.IMAGE_TAG_NOT_FOUND, Cause.PROVEN, List.of(image, ref.tag(), ref.repository(), ref.registry()), evidence);
        }
        if (AUTH.matcher(said).find()) {
            evidence.add("imagePullSecrets: " + (secrets.isEmpty() ? "none" : String.join(", ", secrets)));
            return Cause.of(CauseKind.IMAGE_AUTH, Cause.PROVEN, List.of(image, ref.registry(), secrets.isEmpty() ? "-" : String.join(", ", secrets)),
                    evidence);
        }
        if (UNREACHABLE.matcher(said).find()) {
            return Cause.of(CauseKind.IMAGE_REGISTRY_UNREACHABLE, Cause.PROVEN, List.of(image, ref.registry()), evidence);
        }
        return Cause.of(CauseKind.IMAGE_TAG_NOT_FOUND, Cause.STATE + 10, List.of(image, ref.tag(), ref.repository(), ref.registry()), evidence);
    }

    /** The pod's own pull secrets and its ServiceAccount's. */
    private static List<String> pullSecrets(Scene scene, Pod pod) {
        List<String> names = new ArrayList<>();
        if (pod.getSpec() != null && pod.getSpec().getImagePullSecrets() != null) {
            pod.getSpec().getImagePullSecrets().stream().map(LocalObjectReference::getName).forEach(names::add);
        }
        String account = pod.getSpec() == null || pod.getSpec().getServiceAccountName() == null ? "default" : pod.getSpec().getServiceAccountName();
        scene.cluster().namespaced(ServiceAccount.class).stream().filter(sa -> sa.getMetadata().getName().equals(account))
                .filter(sa -> sa.getImagePullSecrets() != null)
                .forEach(sa -> sa.getImagePullSecrets().stream().map(LocalObjectReference::getName).forEach(names::add));
        return names.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static String specImage(Pod pod, String container) {
        return pod.getSpec() == null || pod.getSpec().getContainers() == null ? "" : pod.getSpec().getContainers().stream()
                .filter(c -> container.equals(c.getName())).map(c -> Objects.toString(c.getImage(), "")).findFirst().orElse("");
    }
}
