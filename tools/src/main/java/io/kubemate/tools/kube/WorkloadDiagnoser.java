package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.ClusterView;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.Gathered;
import io.kubemate.tools.diagnose.LogChoice;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.TargetPods;
import io.kubemate.tools.diagnose.Verdict;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.PodInspection;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.report.Ages;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code diagnose}: for one workload, job, CronJob, Service, claim, node or pod, gathers the object, its pods and
 * their findings, warning events and the logs of the container that says why, then runs every
 * {@link DiagnosisCheck} over them and states the causes, strongest first, with what was found in order.
 */
@Singleton
public final class WorkloadDiagnoser {

    static final int MAX_PODS = 10;
    static final int MAX_LOGS = 2;
    static final int LOG_TAIL = 40;

    private final ClusterAccess cluster;
    private final NameResolver names;
    private final PodInspection podInspection;
    private final EventReader events;
    private final PodLogReader logs;
    private final List<DiagnosisCheck> checks;
    private final Clock clock;

    public WorkloadDiagnoser(ClusterAccess cluster, NameResolver names, PodInspection podInspection, EventReader events,
                             PodLogReader logs, List<DiagnosisCheck> checks, Clock clock) {
        this.cluster = cluster;
        this.names = names;
        this.podInspection = podInspection;
        this.events = events;
        this.logs = logs;
        this.checks = List.copyOf(checks);
        this.clock = clock;
    }

    public Outcome<Diagnosis> diagnose(Subject subject, ReadAccess access, String target, String namespace) {
        return diagnose(subject, access, target, null, namespace, null);
    }

    /**
     * @param kind   the kind the person named ("job", "svc", "node"), or null to find it by name
     * @param client another workload or pod the question names as the one that cannot reach the target, or null
     */
    public Outcome<Diagnosis> diagnose(Subject subject, ReadAccess access, String target, String kind, String namespace, String client) {
        if (target == null || target.isBlank()) {
            return Outcome.badRequest(Reason.of("diagnose.target-missing"));
        }
        String ns = namespace == null || namespace.isBlank() ? null : namespace.trim();
        Optional<ResourceKind> wanted = kind == null || kind.isBlank() ? Optional.empty() : ResourceKind.parse(kind);
        if (kind != null && !kind.isBlank() && wanted.isEmpty()) {
            return Outcome.badRequest(Reason.of("diagnose.kind-unknown", kind));
        }
        return KubeCall.run("diagnose " + target, KubeNames.of("namespace", ns, "name", target.trim()), () -> {
            if (ns != null && ReadPermissions.refusal(access, ReadPermissions.WORKLOADS, ns).isPresent()) {
                return ReadPermissions.<Diagnosis>refusal(access, ReadPermissions.WORKLOADS, ns).get();
            }
            NamespaceScope readable = access.scope(ReadPermissions.WORKLOADS);
            List<ObjectRef> matches = names.diagnosable(subject, target.trim(), ns).stream()
                    .filter(ref -> wanted.map(k -> k == ref.kind()).orElse(true))
                    .filter(ref -> ref.namespace() == null ? readable.everything() : readable.allows(ref.namespace())).toList();
            if (matches.isEmpty()) {
                return Outcome.noData(Reason.of(ns == null ? "diagnose.none" : "diagnose.none-in-namespace", target, ns));
            }
            if (matches.size() > 1) {
                return Outcome.badRequest(Reason.of("diagnose.ambiguous", target, matches.stream().map(ObjectRef::toString)
                        .collect(Collectors.joining(", "))));
            }
            ObjectRef ref = matches.getFirst();
            Optional<ObjectRef> peer = client == null || client.isBlank() || ref.namespace() == null ? Optional.empty()
                    : names.workloadOrPod(subject, client.trim(), ref.namespace()).stream().findFirst()
                    .or(() -> names.workloadOrPod(subject, client.trim(), null).stream()
                            .filter(r -> readable.allows(r.namespace())).findFirst());
            return Outcome.ok(diagnose(subject, access, ref, readable, peer));
        });
    }

    private Diagnosis diagnose(Subject subject, ReadAccess access, ObjectRef ref, NamespaceScope readable, Optional<ObjectRef> peer) {
        return cluster.as(subject, client -> {
            ClusterView view = new ClusterView(client, ref.namespace());
            Gathered gathered = TargetPods.gather(view, ref, readable).orElseThrow(() -> new IllegalArgumentException(ref + " is gone"));
            List<Event> seen = ref.namespace() == null
                    ? client.v1().events().inAnyNamespace().list().getItems().stream().filter(e -> readable.allows(e.getMetadata().getNamespace())).toList()
                    : client.v1().events().inNamespace(ref.namespace()).list().getItems();
            Map<Pod, List<Finding>> podFindings = new LinkedHashMap<>();
            gathered.pods().forEach(p -> podFindings.put(p, podInspection.inspect(p, eventsOf(seen, p.getMetadata().getName()))));
            List<Pod> pods = podFindings.keySet().stream()
                    .sorted(Comparator.comparing((Pod p) -> podFindings.get(p).isEmpty() && PodStatus.restarts(p) == 0)
                            .thenComparing(p -> p.getMetadata().getName()))
                    .limit(MAX_PODS).toList();
            List<Finding> findings = pods.stream().flatMap(p -> podFindings.get(p).stream()).toList();
            List<PodLogs> read = ref.kind() == ResourceKind.NODE ? List.of() : pods.stream().map(LogChoice::of).flatMap(Optional::stream)
                    .map(choice -> readLogs(subject, access, choice)).flatMap(Optional::stream)
                    .limit(MAX_LOGS).toList();
            Scene scene = new Scene(ref, gathered.object(), pods, seen, read, findings, view, peer, gathered.controllers());
            Verdict verdict = checks.stream().map(check -> check.check(scene)).reduce(Verdict.none(), Verdict::and);
            List<Cause> causes = verdict.causes().stream().sorted(Comparator.comparingInt(Cause::rank).reversed()).toList();
            List<Fine> fine = verdict.fine().stream().distinct().toList();
            String runbook = causes.stream().map(Cause::runbook).filter(r -> r != null).findFirst()
                    .orElseGet(() -> findings.stream().map(Finding::runbook).filter(r -> r != null).findFirst().orElse(null));
            return new Diagnosis(ref, rows(pods), findings, warnings(scene), read, causes, fine, runbook);
        });
    }

    private List<EventRow> warnings(Scene scene) {
        Set<String> involved = new HashSet<>();
        scene.warnings().forEach(e -> involved.add(e.getInvolvedObject().getName()));
        scene.controllers().forEach(c -> involved.add(c.getMetadata().getName()));
        List<Event> about = scene.events().stream().filter(e -> e.getInvolvedObject() != null && involved.contains(e.getInvolvedObject().getName()))
                .toList();
        return events.matching(about, Set.of()).stream().filter(EventRow::warning).toList();
    }

    private List<ObjectRow> rows(List<Pod> pods) {
        return pods.stream().map(p -> new ObjectRow(p.getMetadata().getNamespace(), p.getMetadata().getName(),
                ObjectStatus.status(p), ObjectStatus.detail(p), Ages.since(p.getMetadata().getCreationTimestamp(), clock.instant()))).toList();
    }

    private static List<Event> eventsOf(List<Event> events, String name) {
        return events.stream().filter(e -> e.getInvolvedObject() != null && name.equals(e.getInvolvedObject().getName())).toList();
    }

    /** The chosen container's logs; the previous instance falls back to the current one when it has none. */
    private Optional<PodLogs> readLogs(Subject subject, ReadAccess access, LogChoice choice) {
        String ns = choice.pod().getMetadata().getNamespace();
        String pod = choice.pod().getMetadata().getName();
        List<Boolean> tries = choice.previous() ? List.of(true, false) : List.of(false);
        for (boolean previous : tries) {
            var outcome = logs.logs(subject, access, ns, pod, choice.container(), previous, LOG_TAIL);
            if (outcome instanceof Outcome.Ok<PodLogs> ok) {
                return Optional.of(ok.value());
            }
        }
        return Optional.empty();
    }
}
