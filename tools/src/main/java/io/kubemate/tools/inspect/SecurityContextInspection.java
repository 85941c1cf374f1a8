package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Container;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Privileged containers, containers that run as root (runAsUser 0), and pods with no security context. */
@Singleton
public final class SecurityContextInspection implements Inspection {

    @Override
    public String id() {
        return "security-context";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (PodTemplates.Template t : PodTemplates.of(scope)) {
            Long podUser = t.spec().getSecurityContext() == null ? null : t.spec().getSecurityContext().getRunAsUser();
            if (t.spec().getSecurityContext() == null && t.spec().getContainers().stream().allMatch(c -> c.getSecurityContext() == null)) {
                findings.add(Finding.on(t.owner(), Severity.INFO, "no-security-context", Reason.of("finding.no-security-context"),
                        List.of("neither the pod nor its containers set securityContext"), null));
            }
            for (Container c : t.spec().getContainers()) {
                var sc = c.getSecurityContext();
                if (sc != null && Boolean.TRUE.equals(sc.getPrivileged())) {
                    findings.add(Finding.on(t.owner(), Severity.INFO, "privileged-" + c.getName(),
                            Reason.of("finding.privileged", c.getName()), List.of("securityContext.privileged true"), null));
                }
                Long user = sc != null && sc.getRunAsUser() != null ? sc.getRunAsUser() : podUser;
                if (user != null && user == 0L) {
                    findings.add(Finding.on(t.owner(), Severity.INFO, "run-as-root-" + c.getName(),
                            Reason.of("finding.run-as-root", c.getName()), List.of("runAsUser 0"), null));
                }
            }
        }
        return findings;
    }
}
