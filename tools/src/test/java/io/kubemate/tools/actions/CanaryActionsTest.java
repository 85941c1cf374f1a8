package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.canary.Canary;
import io.kubemate.tools.canary.CanaryHealth;
import io.kubemate.tools.canary.CanaryObjects;
import io.kubemate.tools.canary.CanaryPolicy;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanaryActionsTest {

    private static final Subject PERSON = Subject.serviceAccount("kubemate-users", "u-shop");
    private static final CanaryHealth HEALTH = (client, canary) -> Optional.of("canary success 92.00%");

    private ClusterAccess cluster;

    @BeforeEach
    void start() throws Exception {
        cluster = SandboxCluster.start(Fixtures.resource("clusters/canary"), null);
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    private Action step() {
        return new CanaryStepAction(CanaryPolicy.defaults(), Fixtures.CLOCK, HEALTH);
    }

    private ActionPlan plan(Action action, String name) {
        return cluster.as(PERSON, (KubernetesClient client) -> {
            try {
                return action.plan(client, Map.of("namespace", "shop", "name", name));
            } catch (ActionRejected e) {
                throw new AssertionError(e.getMessage());
            }
        });
    }

    private String execute(Action action, ActionPlan plan) {
        return cluster.as(PERSON, (KubernetesClient client) -> {
            try {
                return action.execute(client, plan);
            } catch (ActionRejected e) {
                throw new AssertionError(e.getMessage());
            }
        });
    }

    private Canary live(String kind, String name) {
        return Canary.of(cluster.as(Subject.ownCredentials(), c -> CanaryObjects.get(c, kind, "shop", name)));
    }

    @Test
    void a_step_moves_the_canary_to_the_next_rung_and_shows_the_weights_and_metrics() {
        ActionPlan plan = plan(step(), "checkout");
        assertEquals("TrafficSplit shop/checkout: checkout-stable 95% → 80%, checkout-canary 5% → 20%\nnow: canary success 92.00%", plan.diff());
        assertEquals(Map.of("stable_weight", 95L, "canary_weight", 5L), plan.current());
        assertEquals(List.of(AccessCheck.patch("split.smi-spec.io", "trafficsplits", "shop", "checkout")), plan.requires());
        assertEquals(5, live("TrafficSplit", "checkout").canaryPercent(), "the plan is a dry run");
        assertEquals("TrafficSplit shop/checkout now sends 80% to checkout-stable and 20% to checkout-canary", execute(step(), plan));
        Canary after = live("TrafficSplit", "checkout");
        assertEquals("checkout-stable 80 / checkout-canary 20", after.split());
        assertEquals(Fixtures.CLOCK.instant(), after.stepAt());
        assertEquals(Canary.StepSource.ANNOTATION, after.stepSource());
    }

    @Test
    void promoting_an_http_route_keeps_its_other_rules_matches_and_ports() {
        Action promote = new CanaryPromoteAction(Fixtures.CLOCK, CanaryHealth.NONE);
        ActionPlan plan = plan(promote, "orders");
        assertEquals("HTTPRoute shop/orders: orders-v1 80% → 0%, orders-v2 20% → 100%", plan.diff());
        execute(promote, plan);
        GenericKubernetesResource route = cluster.as(Subject.ownCredentials(), c -> CanaryObjects.get(c, "HTTPRoute", "shop", "orders"));
        String spec = String.valueOf(route.getAdditionalProperties().get("spec"));
        assertTrue(spec.contains("/admin") && spec.contains("port=8080") && spec.contains("parentRefs"), spec);
        assertEquals("orders-v1 0 / orders-v2 100", live("HTTPRoute", "orders").split());
    }

    @Test
    void abort_sends_everything_back_to_stable_and_then_has_nothing_left_to_abort() {
        Action abort = new CanaryAbortAction(Fixtures.CLOCK, CanaryHealth.NONE);
        execute(abort, plan(abort, "checkout"));
        assertEquals("checkout-stable 100 / checkout-canary 0", live("TrafficSplit", "checkout").split());
        ActionRejected again = assertThrows(ActionRejected.class, () -> rejected(abort, "checkout"));
        assertEquals("TrafficSplit shop/checkout already sends 0% to the canary checkout-canary: nothing is left to abort", again.getMessage());
    }

    @Test
    void a_split_of_three_backends_or_a_missing_object_is_refused_with_the_reason() {
        assertEquals("TrafficSplit shop/search does not split traffic between exactly two backends (it has 3)",
                assertThrows(ActionRejected.class, () -> rejected(step(), "search")).getMessage());
        assertEquals("no TrafficSplit or HTTPRoute payments in namespace shop",
                assertThrows(ActionRejected.class, () -> rejected(step(), "payments")).getMessage());
    }

    @Test
    void the_step_ladder_is_the_configured_one() {
        Action coarse = new CanaryStepAction(new CanaryPolicy(List.of(10, 100), null, 0.01, 1.2, 0.1, null), Fixtures.CLOCK, CanaryHealth.NONE);
        assertTrue(plan(coarse, "checkout").diff().endsWith("checkout-canary 5% → 10%"));
        assertEquals(10, plan(coarse, "checkout").args().get("canary_percent"));
    }

    private ActionPlan rejected(Action action, String name) throws ActionRejected {
        ActionRejected[] thrown = new ActionRejected[1];
        ActionPlan plan = cluster.as(PERSON, (KubernetesClient client) -> {
            try {
                return action.plan(client, Map.of("namespace", "shop", "name", name));
            } catch (ActionRejected e) {
                thrown[0] = e;
                return null;
            }
        });
        if (thrown[0] != null) {
            throw thrown[0];
        }
        return plan;
    }
}
