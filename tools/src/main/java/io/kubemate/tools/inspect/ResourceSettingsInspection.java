package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Container;
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
                    String missing = noRequests && noLimits ? "requests and a memory limit" : noRequests ? "requests" : "a memory limit";
                    findings.add(Finding.on(t.owner(), Severity.INFO, "resources-" + c.getName(),
                            "container " + c.getName() + " has no " + missing, List.of("resources " + resources), RunbookIds.EVICTED));
                }
            }
        }
        return findings;
    }
}
