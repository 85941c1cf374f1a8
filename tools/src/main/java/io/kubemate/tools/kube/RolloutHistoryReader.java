package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Ages;
import io.kubemate.tools.scope.ReadAccess;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** {@code rollout_history}: what {@code kubectl rollout history} shows, with the images of each revision. */
@Singleton
public final class RolloutHistoryReader {

    private final ClusterAccess cluster;
    private final Redactor redactor;
    private final Clock clock;

    public RolloutHistoryReader(ClusterAccess cluster, Redactor redactor, Clock clock) {
        this.cluster = cluster;
        this.redactor = redactor;
        this.clock = clock;
    }

    public Outcome<RolloutHistory> history(Subject subject, ReadAccess access, String namespace, String workload) {
        if (namespace == null || workload == null) {
            return Outcome.badRequest(Reason.of("history.target-missing"));
        }
        return KubeCall.run("read the rollout history of " + namespace + "/" + workload, KubeNames.of("namespace", namespace,
                "workload", workload), () -> ReadPermissions.<RolloutHistory>refusal(access, ReadPermissions.WORKLOADS, namespace)
                .orElseGet(() -> read(subject, namespace, workload)));
    }

    private Outcome<RolloutHistory> read(Subject subject, String namespace, String workload) {
        return cluster.as(subject, client -> {
            Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(workload).get();
            if (deployment == null) {
                return Outcome.noData(Reason.of("history.no-deployment", workload, namespace));
            }
            List<RolloutHistory.Revision> revisions = DeploymentRevisions.of(client, deployment).stream().map(this::revision).toList();
            if (revisions.isEmpty()) {
                return Outcome.noData(Reason.of("history.none", namespace + "/" + workload));
            }
            int current = DeploymentRevisions.revisionOf(deployment).orElse(revisions.getFirst().number());
            return Outcome.ok(new RolloutHistory(namespace, workload, current, revisions));
        });
    }

    private RolloutHistory.Revision revision(ReplicaSet rs) {
        String images = String.join(", ", rs.getSpec().getTemplate().getSpec().getContainers().stream().map(Container::getImage).toList());
        String cause = DeploymentRevisions.annotation(rs, DeploymentRevisions.CHANGE_CAUSE);
        int replicas = rs.getStatus() == null || rs.getStatus().getReplicas() == null ? 0 : rs.getStatus().getReplicas();
        return new RolloutHistory.Revision(DeploymentRevisions.revisionOf(rs).orElse(0), images, cause == null ? "" : redactor.redact(cause),
                Ages.since(rs.getMetadata().getCreationTimestamp(), clock.instant()), replicas);
    }
}
