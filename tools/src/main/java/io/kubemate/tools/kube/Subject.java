package io.kubemate.tools.kube;

import java.util.List;
import java.util.Objects;

/**
 * The Kubernetes identity a call runs as. Every read and every change goes through impersonation of
 * this subject so that the API server enforces RBAC; {@link #ownCredentials()} is the one exception,
 * for the command line where the operator already holds the kubeconfig.
 */
public record Subject(String user, List<String> groups, boolean impersonate) {

    public Subject {
        Objects.requireNonNull(user, "user");
        groups = List.copyOf(groups);
    }

    public static Subject impersonating(String user, List<String> groups) {
        return new Subject(user, groups, true);
    }

    public static Subject ownCredentials() {
        return new Subject("(kubeconfig credentials)", List.of(), false);
    }

    public static Subject serviceAccount(String namespace, String name) {
        return impersonating("system:serviceaccount:" + namespace + ":" + name,
                List.of("system:serviceaccounts", "system:serviceaccounts:" + namespace));
    }
}
