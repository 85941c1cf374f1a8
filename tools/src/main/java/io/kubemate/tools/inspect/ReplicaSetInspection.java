package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.List;

/** ReplicaSets that cannot create their pods (quota, admission, missing service account…). */
@Singleton
public final class ReplicaSetInspection implements Inspection {

    @Override
    public String id() {
        return "replicaset";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(ReplicaSet.class), rs -> rs.getStatus() == null || rs.getStatus().getConditions() == null
                ? List.of()
                : rs.getStatus().getConditions().stream()
                .filter(c -> "ReplicaFailure".equals(c.getType()) && "True".equals(c.getStatus()))
                .map(c -> Finding.on(rs, Severity.CRITICAL, "replicaset-failed-create",
                        Reason.of("finding.replicaset-failed-create", c.getReason()), List.of(String.valueOf(c.getMessage())), null))
                .toList());
    }
}
