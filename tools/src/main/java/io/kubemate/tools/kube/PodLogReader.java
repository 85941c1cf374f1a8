package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.scope.ReadAccess;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code pod_logs}: the tail of a container's current or previous log, redacted. */
@Singleton
public final class PodLogReader {

    public static final int DEFAULT_TAIL = 100;
    public static final int MAX_TAIL = 500;

    private final ClusterAccess cluster;
    private final Redactor redactor;

    public PodLogReader(ClusterAccess cluster, Redactor redactor) {
        this.cluster = cluster;
        this.redactor = redactor;
    }

    public Outcome<PodLogs> logs(Subject subject, ReadAccess access, String namespace, String podName, String container,
                                 boolean previous, Integer tail) {
        if (namespace == null || podName == null) {
            return Outcome.badRequest(Reason.of("pod-logs.target-missing"));
        }
        int lines = tail == null ? DEFAULT_TAIL : Math.max(1, Math.min(MAX_TAIL, tail));
        return KubeCall.run("read logs of " + namespace + "/" + podName,
                KubeNames.of("namespace", namespace, "pod", podName, "container", container), () -> ReadPermissions.<PodLogs>refusal(
                        access, ReadPermissions.LOGS, namespace).orElseGet(() -> read(subject, namespace, podName, container, previous, lines)));
    }

    private Outcome<PodLogs> read(Subject subject, String namespace, String podName, String container, boolean previous, int lines) {
        return cluster.as(subject, client -> {
            Pod pod = client.pods().inNamespace(namespace).withName(podName).get();
            if (pod == null) {
                return Outcome.<PodLogs>noData(Reason.of("objects.none-named-in-namespace", "pod", podName, namespace));
            }
            Optional<String> chosen = container == null || container.isBlank() ? defaultContainer(pod) : Optional.of(container);
            if (chosen.isEmpty()) {
                return Outcome.<PodLogs>badRequest(Reason.of("pod-logs.no-containers", podName));
            }
            var resource = client.pods().inNamespace(namespace).withName(podName).inContainer(chosen.get());
            String text = previous ? resource.terminated().tailingLines(lines).getLog() : resource.tailingLines(lines).getLog();
            List<String> logLines = text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R"));
            if (logLines.isEmpty()) {
                return Outcome.<PodLogs>noData(Reason.of(previous ? "pod-logs.none-previous" : "pod-logs.none", chosen.get(), podName));
            }
            return Outcome.ok(new PodLogs(namespace, podName, chosen.get(), previous, redactor.redactAll(logLines)));
        });
    }

    /** The container that restarted most, else the first one: that is the one people mean. */
    static Optional<String> defaultContainer(Pod pod) {
        Optional<String> restarted = PodStatus.containerStatuses(pod).stream()
                .filter(s -> s.getRestartCount() != null && s.getRestartCount() > 0)
                .max(Comparator.comparing(ContainerStatus::getRestartCount))
                .map(ContainerStatus::getName);
        if (restarted.isPresent()) {
            return restarted;
        }
        return pod.getSpec() == null || pod.getSpec().getContainers() == null
                ? Optional.empty()
                : pod.getSpec().getContainers().stream().map(Container::getName).findFirst();
    }
}
