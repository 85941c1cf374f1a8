package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.kubemate.tools.redact.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollbackActionTest {

    private final ActionHarness harness = new ActionHarness(new RollbackAction(new Redactor()));

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private String image() {
        Deployment d = harness.read(c -> c.apps().deployments().inNamespace("shop").withName("checkout").get());
        return d.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage();
    }

    @Test
    void plans_the_previous_revision_with_an_image_diff_and_changes_nothing() throws Exception {
        ActionPlan plan = harness.plan(Map.of("namespace", "shop", "workload", "checkout"));
        assertEquals("revision 3 → 2: spec.containers[api].image: harbor.bank.local/shop/checkout:3.3.0 → harbor.bank.local/shop/checkout:3.2.4",
                plan.diff().lines().findFirst().orElseThrow());
        assertTrue(plan.diff().contains("```diff\n--- revision 3 (running)\n+++ revision 2\n"), plan.diff());
        assertTrue(plan.diff().contains("-  - image: \"harbor.bank.local/shop/checkout:3.3.0\"\n+  - image: \"harbor.bank.local/shop/checkout:3.2.4\""),
                plan.diff());
        assertEquals(2, plan.args().get("revision"));
        assertEquals(Map.of("revision", 3), plan.current());
        assertEquals("patch deployments.apps checkout in namespace shop", plan.requires().getFirst().describe());
        assertEquals("harbor.bank.local/shop/checkout:3.3.0", image(), "planning is a dry run");
    }

    @Test
    void executes_by_restoring_the_revision_template_without_its_hash_label() throws Exception {
        ActionPlan plan = harness.plan(Map.of("namespace", "shop", "workload", "checkout", "revision", "1"));
        String summary = plan.diff().lines().findFirst().orElseThrow();
        assertTrue(summary.startsWith("revision 3 → 1: spec.containers[api].image:"), summary);
        assertTrue(summary.contains("spec.containers[api].resources.requests.memory:") && summary.contains("→ (none)"),
                "every field that changes is named, not 'other template changes': " + summary);

        assertEquals("Deployment shop/checkout rolled back to the pod template of revision 1", harness.execute(plan));
        assertEquals("harbor.bank.local/shop/checkout:3.1.0", image());
        Deployment after = harness.read(c -> c.apps().deployments().inNamespace("shop").withName("checkout").get());
        assertEquals(Map.of("app", "checkout"), after.getSpec().getTemplate().getMetadata().getLabels());
    }

    @Test
    void refuses_unknown_revisions_other_owners_and_missing_workloads() {
        var unknown = assertThrows(ActionRejected.class, () -> harness.plan(Map.of("namespace", "shop", "workload", "checkout", "revision", 9)));
        assertEquals("shop/checkout has no revision 9 (known: 3, 2, 1)", unknown.getMessage());
        var same = assertThrows(ActionRejected.class, () -> harness.plan(Map.of("namespace", "shop", "workload", "checkout", "revision", 3)));
        assertEquals("shop/checkout already runs revision 3", same.getMessage());
        var bad = assertThrows(ActionRejected.class, () -> harness.plan(Map.of("namespace", "shop", "workload", "checkout", "revision", "latest")));
        assertTrue(bad.getMessage().startsWith("revision must be a number or 'previous'"), bad.getMessage());
        var missing = assertThrows(ActionRejected.class, () -> harness.plan(Map.of("namespace", "shop", "workload", "cart")));
        assertTrue(missing.getMessage().startsWith("no Deployment cart in namespace shop"), missing.getMessage());
    }
}
