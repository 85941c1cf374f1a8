package io.kubemate.bot.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every overlay renders with kubectl kustomize, parses strictly, and keeps the least-privilege invariants. */
class KustomizeManifestsTest {

    private static final Set<String> READ_VERBS = Set.of("get", "list", "watch");
    private static final Set<String> IMPERSONABLE = Set.of("serviceaccounts", "groups");

    private static List<HasMetadata> overlay(String name) throws Exception {
        return Kustomize.render("overlays/" + name, Set.of());
    }

    private static <T> List<T> all(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Deployment bot(List<HasMetadata> objects) {
        List<Deployment> deployments = all(objects, Deployment.class);
        assertEquals(1, deployments.size(), "one Deployment");
        return deployments.getFirst();
    }

    private static List<PolicyRule> rules(List<HasMetadata> objects) {
        return Stream.concat(all(objects, ClusterRole.class).stream().flatMap(r -> r.getRules().stream()),
                all(objects, Role.class).stream().flatMap(r -> r.getRules().stream())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "ha"})
    void rbac_has_no_wildcards_and_no_write_verb_but_impersonate(String name) throws Exception {
        List<PolicyRule> rules = rules(overlay(name));
        assertFalse(rules.isEmpty(), "the bot has a ClusterRole");
        for (PolicyRule rule : rules) {
            for (List<String> field : List.of(rule.getVerbs(), rule.getResources(), rule.getApiGroups())) {
                assertFalse(field.stream().anyMatch(v -> v.contains("*")), "wildcard in " + rule);
            }
            assertTrue(rule.getNonResourceURLs() == null || rule.getNonResourceURLs().isEmpty(), "no non-resource URLs: " + rule);
            if (rule.getVerbs().contains("impersonate")) {
                assertEquals(List.of("impersonate"), rule.getVerbs(), "impersonate stands alone: " + rule);
                assertEquals(List.of(""), rule.getApiGroups(), rule.toString());
                assertTrue(IMPERSONABLE.containsAll(rule.getResources()), "impersonates only serviceaccounts and groups: " + rule);
            } else {
                assertTrue(READ_VERBS.containsAll(rule.getVerbs()), "only reads besides impersonate: " + rule);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "ha"})
    void impersonated_groups_are_named_and_are_service_account_groups(String name) throws Exception {
        List<PolicyRule> groups = rules(overlay(name)).stream().filter(r -> r.getResources().contains("groups")).toList();
        assertFalse(groups.isEmpty(), "a rule for the ServiceAccounts' groups");
        for (PolicyRule rule : groups) {
            assertFalse(rule.getResourceNames().isEmpty(), "groups restricted by resourceNames: " + rule);
            assertTrue(rule.getResourceNames().stream().allMatch(g -> g.startsWith("system:serviceaccounts")), rule.toString());
        }
        assertTrue(all(overlay(name), Role.class).stream().anyMatch(r -> r.getMetadata().getNamespace().equals("kubemate-users")
                && r.getRules().stream().anyMatch(x -> x.getResources().contains("serviceaccounts"))),
                "ServiceAccounts are impersonated through a Role in the users' namespace only");
        assertTrue(all(overlay(name), ClusterRole.class).stream().flatMap(r -> r.getRules().stream())
                .noneMatch(r -> r.getResources().contains("serviceaccounts")), "no cluster-wide ServiceAccount impersonation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "ha"})
    void every_container_is_locked_down_with_probes_and_limits(String name) throws Exception {
        PodSpec pod = bot(overlay(name)).getSpec().getTemplate().getSpec();
        PodSecurityContext podSecurity = pod.getSecurityContext();
        assertEquals(Boolean.TRUE, podSecurity.getRunAsNonRoot());
        assertTrue(podSecurity.getRunAsUser() > 0, "non-zero user");
        assertEquals("RuntimeDefault", podSecurity.getSeccompProfile().getType());
        assertEquals("kubemate-chatops", pod.getServiceAccountName());
        assertEquals(Boolean.TRUE, pod.getAutomountServiceAccountToken());
        assertTrue(pod.getTerminationGracePeriodSeconds() >= 5 + 30 + 5, "room for preStop, the 30 s grace period and exit");
        List<Container> containers = Stream.concat(pod.getContainers().stream(),
                pod.getInitContainers() == null ? Stream.empty() : pod.getInitContainers().stream()).toList();
        for (Container c : containers) {
            SecurityContext security = c.getSecurityContext();
            assertNotNull(security, c.getName() + " has a security context");
            assertEquals(Boolean.TRUE, security.getRunAsNonRoot(), c.getName());
            assertTrue(security.getRunAsUser() != null && security.getRunAsUser() > 0, c.getName() + " runs as a non-zero user");
            assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), c.getName());
            assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), c.getName());
            assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), c.getName());
            assertTrue(security.getCapabilities().getAdd() == null || security.getCapabilities().getAdd().isEmpty(), c.getName());
            assertEquals("RuntimeDefault", security.getSeccompProfile().getType(), c.getName());
            for (Probe probe : new Probe[]{c.getStartupProbe(), c.getReadinessProbe(), c.getLivenessProbe()}) {
                assertNotNull(probe, c.getName() + " has startup, readiness and liveness probes");
                assertTrue(probe.getHttpGet().getPath().startsWith("/health"), c.getName() + " probes the health endpoint");
            }
            Map<String, ?> limits = c.getResources().getLimits();
            Map<String, ?> requests = c.getResources().getRequests();
            assertTrue(limits.containsKey("cpu") && limits.containsKey("memory"), c.getName() + " has limits: " + limits);
            assertTrue(requests.containsKey("cpu") && requests.containsKey("memory"), c.getName() + " has requests: " + requests);
            assertNotNull(c.getLifecycle().getPreStop(), c.getName() + " waits for the endpoints to drop it before stopping");
            Set<String> mounts = Set.copyOf(c.getVolumeMounts().stream().map(m -> m.getMountPath()).toList());
            assertTrue(mounts.containsAll(Set.of("/tmp", "/app/data")), "writable /tmp and data dir on emptyDir: " + mounts);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"single", "ha"})
    void network_policy_denies_by_default_and_admits_only_port_8080(String name) throws Exception {
        List<NetworkPolicy> policies = all(overlay(name), NetworkPolicy.class);
        assertEquals(1, policies.size());
        NetworkPolicy policy = policies.getFirst();
        assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes());
        assertTrue(policy.getSpec().getIngress().stream().flatMap(r -> r.getPorts().stream())
                .allMatch(p -> p.getPort().getIntVal() == 8080), "ingress only to 8080");
        assertTrue(policy.getSpec().getEgress().stream().allMatch(r -> !r.getTo().isEmpty() && !r.getPorts().isEmpty()),
                "every egress rule names its peers and ports");
        assertTrue(policy.getSpec().getEgress().stream().flatMap(r -> r.getTo().stream())
                .filter(peer -> peer.getIpBlock() != null).allMatch(peer -> peer.getIpBlock().getCidr().endsWith("/32")),
                "addresses outside the pod network are single hosts the overlay sets");
    }

    @Test
    void ha_runs_two_replicas_on_redis_with_a_disruption_budget_and_spread() throws Exception {
        List<HasMetadata> ha = overlay("ha");
        Deployment deployment = bot(ha);
        assertTrue(deployment.getSpec().getReplicas() >= 2, "at least two replicas");
        List<PodDisruptionBudget> budgets = all(ha, PodDisruptionBudget.class);
        assertEquals(1, budgets.size());
        assertEquals(1, budgets.getFirst().getSpec().getMinAvailable().getIntVal());
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), budgets.getFirst().getSpec().getSelector().getMatchLabels());
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertEquals(Set.of("topology.kubernetes.io/zone", "kubernetes.io/hostname"),
                Set.copyOf(pod.getTopologySpreadConstraints().stream().map(t -> t.getTopologyKey()).toList()));
        EnvVar redis = redisUri(pod).orElseThrow(() -> new AssertionError("KUBEMATE_REDIS_URI is set"));
        assertEquals("kubemate-chatops-redis", redis.getValueFrom().getSecretKeyRef().getName(), "the Redis URI comes from a Secret");
        assertEquals(Boolean.FALSE, redis.getValueFrom().getSecretKeyRef().getOptional(), "and is required");
    }

    @Test
    void single_runs_one_replica_in_memory_without_a_disruption_budget() throws Exception {
        List<HasMetadata> single = overlay("single");
        Deployment deployment = bot(single);
        assertEquals(1, deployment.getSpec().getReplicas());
        assertTrue(all(single, PodDisruptionBudget.class).isEmpty(), "no PodDisruptionBudget");
        assertTrue(redisUri(deployment.getSpec().getTemplate().getSpec()).isEmpty(), "no Redis");
        assertTrue(single.stream().noneMatch(o -> o.getMetadata().getName().contains("redis")), "nothing about Redis");
    }

    @Test
    void base_includes_the_kubemate_crds() throws Exception {
        Set<String> names = Set.copyOf(Kustomize.render("base", Set.of()).stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList());
        assertTrue(names.containsAll(Set.of("CustomResourceDefinition/users.kubemate.io", "CustomResourceDefinition/roles.kubemate.io")), names.toString());
    }

    @Test
    void strict_parsing_rejects_a_field_the_schema_does_not_declare() {
        String typo = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                """;
        assertThrows(AssertionError.class, () -> Kustomize.parse(typo, Set.of()));
    }

    private static java.util.Optional<EnvVar> redisUri(PodSpec pod) {
        return pod.getContainers().stream().flatMap(c -> c.getEnv() == null ? Stream.empty() : c.getEnv().stream())
                .filter(e -> e.getName().equals("KUBEMATE_REDIS_URI")).findFirst();
    }
}
