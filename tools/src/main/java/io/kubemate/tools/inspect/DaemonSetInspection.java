package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.List;

/** DaemonSets whose pods are not ready on every node they should run on. */
@Singleton
public final class DaemonSetInspection implements Inspection {

    @Override
    public String id() {
        return "daemonset";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(DaemonSet.class), ds -> {
            int desired = ds.getStatus().getDesiredNumberScheduled() == null ? 0 : ds.getStatus().getDesiredNumberScheduled();
            int ready = ds.getStatus().getNumberReady() == null ? 0 : ds.getStatus().getNumberReady();
            if (ready >= desired) {
                return List.of();
            }
            return List.of(Finding.on(ds, ready == 0 ? Severity.CRITICAL : Severity.WARNING, "daemonset-ready",
                    Reason.of("finding.pods-ready", ready, desired),
                    List.of("desiredNumberScheduled " + desired + ", numberReady " + ready
                            + (ds.getStatus().getNumberMisscheduled() == null ? "" : ", misscheduled " + ds.getStatus().getNumberMisscheduled())),
                    null));
        });
    }
}
