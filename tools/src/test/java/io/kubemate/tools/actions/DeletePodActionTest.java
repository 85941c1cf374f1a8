package io.kubemate.tools.actions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeletePodActionTest {

    private final ActionHarness harness = new ActionHarness(new DeletePodAction());

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private boolean exists(String pod) {
        return harness.read(c -> c.pods().inNamespace("shop").withName(pod).get()) != null;
    }

    @Test
    void says_who_replaces_the_pod_and_deletes_it_only_on_execute() throws Exception {
        ActionPlan plan = harness.plan(Map.of("namespace", "shop", "pod", "checkout-7c9d5f8b6d-k2x9p"));
        assertEquals("delete pod checkout-7c9d5f8b6d-k2x9p (its ReplicaSet checkout-7c9d5f8b6d creates a replacement)", plan.diff());
        assertEquals(Risk.DESTRUCTIVE, new DeletePodAction().risk());
        assertEquals(true, exists("checkout-7c9d5f8b6d-k2x9p"), "planning is a dry run");
        harness.execute(plan);
        assertEquals(false, exists("checkout-7c9d5f8b6d-k2x9p"));
    }

    @Test
    void warns_that_a_bare_pod_is_not_recreated() throws Exception {
        assertEquals("delete pod debug-shell (it has no controller: it will NOT be recreated)",
                harness.plan(Map.of("namespace", "shop", "pod", "debug-shell")).diff());
    }

    @Test
    void refuses_a_pod_that_was_replaced_since_the_proposal() throws Exception {
        ActionPlan plan = harness.plan(Map.of("namespace", "shop", "pod", "debug-shell"));
        Map<String, Object> stale = new HashMap<>(plan.args());
        stale.put("uid", "an-older-pod");
        var replaced = assertThrows(ActionRejected.class, () -> harness.execute(new ActionPlan(plan.action(), stale, plan.diff(), plan.target())));
        assertEquals("pod shop/debug-shell was replaced since the proposal; nothing deleted", replaced.getMessage());
        assertNotNull(harness.read(c -> c.pods().inNamespace("shop").withName("debug-shell").get()));
        var missing = assertThrows(ActionRejected.class, () -> harness.plan(Map.of("namespace", "shop", "pod", "nope")));
        assertEquals("no pod named nope in namespace shop", missing.getMessage());
    }
}
