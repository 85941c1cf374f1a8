package io.kubemate.bot.identity;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Checks, before a change is proposed or executed, that the ServiceAccount a person acts as exists: a Kubemate
 * User pointing at a deleted or misspelt ServiceAccount gets a message naming it instead of an opaque denial.
 */
@Singleton
public final class ServiceAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceAccounts.class);
    private static final String PREFIX = "system:serviceaccount:";

    private final ClusterAccess cluster;

    public ServiceAccounts(ClusterAccess cluster) {
        this.cluster = cluster;
    }

    /** Why this person's identity cannot act, if it cannot; empty when it exists or is not a ServiceAccount. */
    public Optional<String> problem(Person person) {
        Subject subject = person.subject();
        if (!subject.impersonate() || !subject.user().startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = subject.user().substring(PREFIX.length()).split(":", 2);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank() || "null".equals(parts[0]) || "null".equals(parts[1])) {
            return Optional.of("the Kubemate User of " + person.chatUser() + " names no ServiceAccount; ask an administrator to set spec.serviceAccount");
        }
        try {
            boolean exists = cluster.as(Subject.ownCredentials(), c -> c.serviceAccounts().inNamespace(parts[0]).withName(parts[1]).get()) != null;
            return exists ? Optional.empty() : Optional.of(person.chatUser() + " acts as ServiceAccount " + parts[0] + "/" + parts[1]
                    + ", which does not exist; ask an administrator to create it or correct the Kubemate User");
        } catch (KubernetesClientException e) {
            // the bot may not be allowed to read ServiceAccounts; the API server still decides on every call
            LOG.debug("could not check ServiceAccount {}/{}: HTTP {}", parts[0], parts[1], e.getCode());
            return Optional.empty();
        }
    }
}
