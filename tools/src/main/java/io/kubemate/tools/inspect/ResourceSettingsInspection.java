package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Container;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Containers without requests (scheduled blind, evicted first) or without a memory limit. */
@Singleton
public final class ResourceSettingsInspection implements Inspection {

    @Override
    public String id() {
        return "resources";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (PodTemplates.Template t : PodTemplates.of(scope)) {
            for (Container c : t.spec().getContainers()) {
                var resources = c.getResources();
                boolean noRequests = resources == null || resources.getRequests() == null || resources.getRequests().isEmpty();
                boolean noLimits = resources == null || resources.getLimits() == null || !resources.getLimits().containsKey("memory");
                if (noRequests || noLimits) {
                    Reason missing = noRequests && noLimits ? Reason.of("finding.resources-both", c.getName())
                            : noRequests ? Reason.of("finding.resources-requests", c.getName()) : Reason.of("finding.resources-memory-limit", c.getName());
                    findings.add(Finding.on(t.owner(), Severity.INFO, "resources-" + c.getName(), missing,
                            List.of("resources " + resources), RunbookIds.EVICTED));
                }
            }
        }
        return findings;
    }
}
