package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.PodInspection;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import io.kubemate.tools.report.Ages;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code diagnose}: for one workload or pod, gathers status, findings, warning events and the logs of the
 * failing container, and states the likely cause from them.
 */
@Singleton
public final class WorkloadDiagnoser {

    static final int MAX_PODS = 10;
    static final int LOG_TAIL = 40;

    private final ClusterAccess cluster;
    private final NameResolver names;
    private final PodInspection podInspection;
    private final EventReader events;
    private final PodLogReader logs;
    private final CauseWriter causes;
    private final Clock clock;

    public WorkloadDiagnoser(ClusterAccess cluster, NameResolver names, PodInspection podInspection, EventReader events,
                             PodLogReader logs, CauseWriter causes, Clock clock) {
        this.cluster = cluster;
        this.names = names;
        this.podInspection = podInspection;
        this.events = events;
        this.logs = logs;
        this.causes = causes;
        this.clock = clock;
    }

    public Outcome<Diagnosis> diagnose(Subject subject, ReadAccess access, String target, String namespace) {
        if (target == null || target.isBlank()) {
            return Outcome.badRequest("diagnose needs a workload or pod name");
        }
        String ns = namespace == null || namespace.isBlank() ? null : namespace.trim();
        return KubeCall.run("diagnose " + target, KubeNames.of("namespace", ns, "name", target.trim()), () -> {
            if (ns != null && ReadPermissions.refusal(access, ReadPermissions.WORKLOADS, ns).isPresent()) {
                return ReadPermissions.<Diagnosis>refusal(access, ReadPermissions.WORKLOADS, ns).get();
            }
            NamespaceScope readable = access.scope(ReadPermissions.WORKLOADS);
            List<ObjectRef> matches = names.workloadOrPod(subject, target.trim(), ns).stream()
                    .filter(ref -> readable.allows(ref.namespace())).toList();
            if (matches.isEmpty()) {
                return Outcome.noData("no workload or pod named " + target + (ns == null ? "" : " in namespace " + ns));
            }
            if (matches.size() > 1) {
                return Outcome.badRequest("'" + target + "' matches " + matches.stream().map(ObjectRef::toString)
                        .collect(Collectors.joining(", ")) + "; say which one");
            }
            return Outcome.ok(diagnose(subject, access, matches.getFirst()));
        });
    }

    private Diagnosis diagnose(Subject subject, ReadAccess access, ObjectRef ref) {
        List<Event> namespaceEvents = cluster.as(subject, client -> client.v1().events().inNamespace(ref.namespace()).list().getItems());
        Map<Pod, List<Finding>> podFindings = new LinkedHashMap<>();
        cluster.as(subject, client -> podsOf(client, ref)).forEach(p -> podFindings.put(p,
                podInspection.inspect(p, eventsOf(namespaceEvents, p.getMetadata().getName()))));
        List<Pod> pods = podFindings.keySet().stream()
                .sorted(Comparator.comparing((Pod p) -> podFindings.get(p).isEmpty()).thenComparing(p -> p.getMetadata().getName()))
                .limit(MAX_PODS)
                .toList();
        List<Finding> findings = pods.stream().flatMap(p -> podFindings.get(p).stream()).toList();

        Set<String> involved = new HashSet<>();
        involved.add(ref.name());
        pods.forEach(p -> involved.add(p.getMetadata().getName()));
        List<EventRow> warnings = events.matching(namespaceEvents, Set.of()).stream()
                .filter(EventRow::warning)
                .filter(e -> involved.contains(e.objectName()) || e.objectName().startsWith(ref.name() + "-"))
                .toList();

        PodLogs podLogs = pods.stream()
                .filter(p -> PodStatus.restarts(p) > 0 || !podFindings.get(p).isEmpty())
                .findFirst()
                .flatMap(p -> readLogs(subject, access, p))
                .orElse(null);
        List<String> causeLines = causes.causes(pods, findings, warnings, podLogs);
        String runbook = findings.stream().map(Finding::runbook).filter(r -> r != null).findFirst().orElse(null);
        List<ObjectRow> rows = pods.stream().map(p -> new ObjectRow(p.getMetadata().getNamespace(), p.getMetadata().getName(),
                ObjectStatus.status(p), ObjectStatus.detail(p), Ages.since(p.getMetadata().getCreationTimestamp(), clock.instant()))).toList();
        return new Diagnosis(ref, rows, findings, warnings, podLogs, causeLines, runbook);
    }

    private static List<Event> eventsOf(List<Event> events, String name) {
        return events.stream().filter(e -> e.getInvolvedObject() != null && name.equals(e.getInvolvedObject().getName())).toList();
    }

    private java.util.Optional<PodLogs> readLogs(Subject subject, ReadAccess access, Pod pod) {
        boolean previous = PodStatus.restarts(pod) > 0;
        var outcome = logs.logs(subject, access, pod.getMetadata().getNamespace(), pod.getMetadata().getName(), null, previous, LOG_TAIL);
        return outcome instanceof Outcome.Ok<PodLogs> ok ? java.util.Optional.of(ok.value()) : java.util.Optional.empty();
    }

    private static List<Pod> podsOf(KubernetesClient client, ObjectRef ref) {
        if (ref.kind() == ResourceKind.POD) {
            Pod pod = client.pods().inNamespace(ref.namespace()).withName(ref.name()).get();
            return pod == null ? List.of() : List.of(pod);
        }
        if (ref.kind() == ResourceKind.CRONJOB) {
            Set<String> jobs = client.batch().v1().jobs().inNamespace(ref.namespace()).list().getItems().stream()
                    .filter(job -> job.getMetadata().getOwnerReferences() != null && job.getMetadata().getOwnerReferences()
                            .stream().anyMatch(o -> ref.name().equals(o.getName())))
                    .map(job -> job.getMetadata().getName())
                    .collect(Collectors.toSet());
            return client.pods().inNamespace(ref.namespace()).list().getItems().stream()
                    .filter(p -> p.getMetadata().getLabels() != null && jobs.contains(p.getMetadata().getLabels().get("job-name")))
                    .toList();
        }
        HasMetadata workload = client.resources(ref.kind().type()).inNamespace(ref.namespace()).withName(ref.name()).get();
        Map<String, String> selector = matchLabels(workload);
        if (selector.isEmpty()) {
            return List.of();
        }
        return client.pods().inNamespace(ref.namespace()).withLabels(selector).list().getItems();
    }

    private static Map<String, String> matchLabels(HasMetadata workload) {
        LabelSelector selector = switch (workload) {
            case Deployment d -> d.getSpec() == null ? null : d.getSpec().getSelector();
            case StatefulSet s -> s.getSpec() == null ? null : s.getSpec().getSelector();
            case DaemonSet ds -> ds.getSpec() == null ? null : ds.getSpec().getSelector();
            case null, default -> null;
        };
        return selector == null || selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
    }
}
