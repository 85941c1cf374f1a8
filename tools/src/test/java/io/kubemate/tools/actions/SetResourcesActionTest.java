package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.Container;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SetResourcesActionTest {

    private final ActionHarness harness = new ActionHarness(new SetResourcesAction());

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private Container container(String name) {
        return harness.read(c -> c.apps().deployments().inNamespace("shop").withName("checkout").get()).getSpec().getTemplate()
                .getSpec().getContainers().stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void raises_the_memory_limit_of_the_named_container_only() throws Exception {
        ActionPlan plan = harness.plan(Map.of("namespace", "shop", "workload", "checkout", "container", "api", "memory_limit", "1Gi"));
        assertEquals("container api: memory limit 512Mi → 1Gi (pods are replaced by a rollout)", plan.diff());
        assertEquals("512Mi", container("api").getResources().getLimits().get("memory").toString(), "planning is a dry run");

        harness.execute(plan);
        assertEquals("1Gi", container("api").getResources().getLimits().get("memory").toString());
        assertEquals("256Mi", container("api").getResources().getRequests().get("memory").toString(), "other values stay");
        assertNull(container("envoy").getResources() == null ? null : container("envoy").getResources().getLimits());
    }

    @Test
    void sets_resources_on_a_container_that_had_none() throws Exception {
        ActionPlan plan = harness.plan(Map.of("namespace", "shop", "workload", "checkout", "container", "envoy",
                "cpu_request", "50m", "memory_request", "64Mi"));
        assertTrue(plan.diff().contains("cpu request unset → 50m") && plan.diff().contains("memory request unset → 64Mi"), plan.diff());
        harness.execute(plan);
        assertEquals("64Mi", container("envoy").getResources().getRequests().get("memory").toString());
    }

    @Test
    void refuses_bad_quantities_requests_above_limits_and_ambiguous_containers() {
        var ambiguous = assertThrows(ActionRejected.class, () -> harness.plan(Map.of("namespace", "shop", "workload", "checkout", "memory_limit", "1Gi")));
        assertTrue(ambiguous.getMessage().contains("several containers (api, envoy)"), ambiguous.getMessage());
        var above = assertThrows(ActionRejected.class, () -> harness.plan(Map.of("namespace", "shop", "workload", "checkout", "container", "api",
                "memory_request", "2Gi")));
        assertEquals("memory request 2Gi would be above its limit 512Mi", above.getMessage());
        var junk = assertThrows(ActionRejected.class, () -> harness.plan(Map.of("namespace", "shop", "workload", "checkout", "container", "api",
                "cpu_limit", "lots")));
        assertTrue(junk.getMessage().startsWith("cpu_limit is not a Kubernetes quantity"), junk.getMessage());
        var zero = assertThrows(ActionRejected.class, () -> harness.plan(Map.of("namespace", "shop", "workload", "checkout", "container", "api",
                "cpu_limit", "0")));
        assertTrue(zero.getMessage().contains("more than zero"), zero.getMessage());
        var nothing = assertThrows(ActionRejected.class, () -> harness.plan(Map.of("namespace", "shop", "workload", "checkout")));
        assertTrue(nothing.getMessage().startsWith("set_resources needs at least one of"), nothing.getMessage());
    }
}
