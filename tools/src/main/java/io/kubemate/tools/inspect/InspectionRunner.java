package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.KubeCall;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** {@code inspect}: runs every analyzer over one scope. An analyzer that breaks becomes an info finding. */
@Singleton
public final class InspectionRunner {

    private final ClusterAccess cluster;
    private final List<Inspection> inspections;
    private final Clock clock;

    public InspectionRunner(ClusterAccess cluster, List<Inspection> inspections, Clock clock) {
        this.cluster = cluster;
        this.inspections = List.copyOf(inspections);
        this.clock = clock;
    }

    public Outcome<InspectionReport> run(Subject subject, String namespace) {
        String ns = namespace == null || namespace.isBlank() ? null : namespace.trim();
        InspectionScope scope = new InspectionScope(cluster, subject, ns, clock.instant());
        return KubeCall.run("inspect " + (ns == null ? "the cluster" : ns), () -> {
            scope.pods();
            List<Finding> findings = new ArrayList<>();
            for (Inspection inspection : inspections) {
                findings.addAll(runOne(inspection, scope));
            }
            cluster.notes().forEach(note -> findings.add(new Finding(Severity.INFO, "manifest-skipped", "Manifest", null,
                    note.substring(0, Math.max(0, note.indexOf(": unknown kind"))), Reason.of("finding.manifest-skipped", note), List.of(), null)));
            return Outcome.ok(new InspectionReport(ns, findings.stream().map(f -> f.inCluster(cluster.name())).toList()));
        });
    }

    private static List<Finding> runOne(Inspection inspection, InspectionScope scope) {
        try {
            return inspection.inspect(scope);
        } catch (KubernetesClientException e) {
            if (e.getCode() != 403) {
                throw e;
            }
            return List.of(new Finding(Severity.INFO, inspection.id() + "-forbidden", "Inspection", scope.namespace(),
                    inspection.id(), Reason.of("finding.analyzer-forbidden", inspection.id()),
                    List.of(), null));
        } catch (RuntimeException e) {
            return List.of(new Finding(Severity.INFO, inspection.id() + "-skipped", "Inspection", scope.namespace(),
                    inspection.id(), Reason.of("finding.analyzer-skipped", inspection.id(), e.getMessage()), List.of(), null));
        }
    }
}
