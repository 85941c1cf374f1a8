package io.kubemate.bot.identity;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kubemate's {@code User} and {@code Role} custom resources (kubemate.io/v1alpha1), kept current by informers
 * (a watch with a local cache) under the bot's own credentials. Started on first use; a cluster without the
 * CRDs gives an empty directory.
 */
@Singleton
public final class KubemateDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(KubemateDirectory.class);
    static final ResourceDefinitionContext USERS = context("User", "users");
    static final ResourceDefinitionContext ROLES = context("Role", "roles");

    private final ClusterAccess cluster;
    private SharedIndexInformer<GenericKubernetesResource> users;
    private SharedIndexInformer<GenericKubernetesResource> roles;
    private boolean started;

    public KubemateDirectory(ClusterAccess cluster) {
        this.cluster = cluster;
    }

    /** The person whose User lists {@code chatUser} ({@code platform:id}) among its chat identities. */
    public synchronized Optional<Person> find(String chatUser) {
        start();
        if (users == null) {
            return Optional.empty();
        }
        return users.getStore().list().stream().filter(u -> identities(u).contains(chatUser)).findFirst().map(u -> person(chatUser, u));
    }

    private void start() {
        if (started) {
            return;
        }
        started = true;
        try {
            users = cluster.as(Subject.ownCredentials(), c -> c.genericKubernetesResources(USERS).inform());
            roles = cluster.as(Subject.ownCredentials(), c -> c.genericKubernetesResources(ROLES).inform());
            LOG.info("Kubemate users: {} User and {} Role objects, kept current by a watch",
                    users.getStore().list().size(), roles.getStore().list().size());
        } catch (KubernetesClientException e) {
            LOG.info("Kubemate users: the cluster serves no kubemate.io Users or Roles ({}); only kubemate.identity.users applies",
                    e.getCode() == 0 ? e.getMessage() : "HTTP " + e.getCode());
            stop();
        }
    }

    @SuppressWarnings("unchecked")
    private Person person(String chatUser, GenericKubernetesResource user) {
        Map<String, Object> spec = spec(user);
        Map<String, Object> sa = (Map<String, Object>) spec.getOrDefault("serviceAccount", Map.of());
        String display = String.valueOf(spec.getOrDefault("displayName", user.getMetadata().getName()));
        boolean disabled = Boolean.TRUE.equals(spec.get("disabled"));
        Subject subject = Subject.serviceAccount(String.valueOf(sa.get("namespace")), String.valueOf(sa.get("name")));
        List<Grant> grants = new ArrayList<>();
        for (Object roleName : (List<Object>) spec.getOrDefault("roles", List.of())) {
            roles.getStore().list().stream().filter(r -> r.getMetadata().getName().equals(roleName)).findFirst()
                    .ifPresent(role -> grants.add(grant(role)));
        }
        return new Person(chatUser, display, subject, grants, disabled);
    }

    @SuppressWarnings("unchecked")
    private static Grant grant(GenericKubernetesResource role) {
        Map<String, Object> spec = spec(role);
        boolean cluster = "Cluster".equals(spec.get("scope"));
        Set<String> namespaces = new HashSet<>();
        ((Collection<Object>) spec.getOrDefault("namespaces", List.of())).forEach(n -> namespaces.add(String.valueOf(n)));
        Set<String> codes = new HashSet<>();
        ((Collection<Object>) spec.getOrDefault("permissions", List.of())).forEach(c -> codes.add(String.valueOf(c)));
        return new Grant(role.getMetadata().getName(), cluster, namespaces, codes);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> identities(GenericKubernetesResource user) {
        Set<String> ids = new HashSet<>();
        for (Object item : (List<Object>) spec(user).getOrDefault("chatIdentities", List.of())) {
            Map<String, Object> identity = (Map<String, Object>) item;
            ids.add(identity.get("platform") + ":" + identity.get("id"));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        Object spec = resource.getAdditionalProperties().get("spec");
        return spec instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @PreDestroy
    synchronized void stop() {
        if (users != null) {
            users.close();
        }
        if (roles != null) {
            roles.close();
        }
        users = null;
        roles = null;
    }

    private static ResourceDefinitionContext context(String kind, String plural) {
        return new ResourceDefinitionContext.Builder().withGroup("kubemate.io").withVersion("v1alpha1").withKind(kind)
                .withPlural(plural).withNamespaced(false).build();
    }
}
