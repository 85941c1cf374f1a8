package io.kubemate.tools.diagnose;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.kube.ObjectRef;
import io.kubemate.tools.kube.PodLogs;

import java.util.List;
import java.util.Optional;

/**
 * What a diagnosis gathered about its target: the object itself, the pods that serve it, the events of its
 * namespace, the logs read, the pods' findings, the objects around it, and the other object the person named
 * ("timeouts connecting from {@code client}"), if any, and the controllers between the target and its pods
 * (a Deployment's ReplicaSets, the Job a CronJob ran).
 */
public record Scene(ObjectRef target, HasMetadata object, List<Pod> pods, List<Event> events, List<PodLogs> logs,
                    List<Finding> findings, ClusterView cluster, Optional<ObjectRef> client,
                    List<HasMetadata> controllers) {

    public Scene {
        pods = List.copyOf(pods);
        events = List.copyOf(events);
        logs = List.copyOf(logs);
        findings = List.copyOf(findings);
        controllers = List.copyOf(controllers);
    }

    /** Warning events about the object named {@code name}, newest last as the API lists them. */
    public List<Event> warningsAbout(String name) {
        return events.stream().filter(e -> "Warning".equals(e.getType()) && e.getInvolvedObject() != null
                && name.equals(e.getInvolvedObject().getName())).toList();
    }

    /** Warning events about the target, its pods, or objects whose names start with the target's name. */
    public List<Event> warnings() {
        return events.stream().filter(e -> "Warning".equals(e.getType()) && e.getInvolvedObject() != null)
                .filter(e -> {
                    String name = e.getInvolvedObject().getName();
                    return name != null && (name.equals(target.name()) || name.startsWith(target.name() + "-")
                            || pods.stream().anyMatch(p -> p.getMetadata().getName().equals(name)));
                }).toList();
    }
}
