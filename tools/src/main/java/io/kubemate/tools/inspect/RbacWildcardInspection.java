package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Roles and ClusterRoles granting {@code *} verbs or resources, built-in ones excepted. */
@Singleton
public final class RbacWildcardInspection implements Inspection {

    @Override
    public String id() {
        return "rbac-wildcard";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<Finding> findings = new ArrayList<>();
        scope.list(Role.class).forEach(r -> check(r, r.getRules()).ifPresent(findings::add));
        scope.list(ClusterRole.class).stream().filter(r -> !builtIn(r.getMetadata().getName()))
                .forEach(r -> check(r, r.getRules()).ifPresent(findings::add));
        return findings;
    }

    private static java.util.Optional<Finding> check(HasMetadata role, List<PolicyRule> rules) {
        List<String> wild = (rules == null ? List.<PolicyRule>of() : rules).stream()
                .filter(rule -> contains(rule.getVerbs()) || contains(rule.getResources()))
                .map(rule -> "apiGroups " + rule.getApiGroups() + " resources " + rule.getResources() + " verbs " + rule.getVerbs())
                .toList();
        return wild.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Finding.on(role, Severity.WARNING,
                "rbac-wildcard", Reason.of("finding.rbac-wildcard"), wild, null));
    }

    private static boolean contains(List<String> values) {
        return values != null && values.contains("*");
    }

    private static boolean builtIn(String name) {
        return name.equals("cluster-admin") || name.startsWith("system:");
    }
}
