package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.pipeline.TektonObjects;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** pipeline_rerun and pipeline_cancel against Tekton PipelineRuns in the CRUD mock server (the sandbox). */
class PipelineActionsTest {

    private ClusterAccess cluster;

    @BeforeEach
    void start() throws Exception {
        cluster = SandboxCluster.start(Fixtures.resource("clusters/pipelines"), null);
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    private interface Step<T> {
        T apply(KubernetesClient client) throws ActionRejected;
    }

    private <T> T asOperator(Step<T> step) throws ActionRejected {
        ActionRejected[] rejected = new ActionRejected[1];
        T result = cluster.as(Subject.serviceAccount("kubemate-users", "u-ops"), c -> {
            try {
                return step.apply(c);
            } catch (ActionRejected e) {
                rejected[0] = e;
                return null;
            }
        });
        if (rejected[0] != null) {
            throw rejected[0];
        }
        return result;
    }

    private List<GenericKubernetesResource> runs() {
        return cluster.as(Subject.ownCredentials(), c -> c.genericKubernetesResources(TektonObjects.PIPELINE_RUNS).inNamespace("payments")
                .list().getItems());
    }

    private GenericKubernetesResource run(String name) {
        return runs().stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void reruns_a_failed_run_with_its_spec_only_on_execute() throws Exception {
        Action rerun = new PipelineRerunAction();
        ActionPlan plan = asOperator(c -> rerun.plan(c, Map.of("namespace", "payments", "name", "payments-build-run-7xk2p")));
        assertEquals(2, runs().size(), "planning is a dry run");
        assertTrue(plan.diff().startsWith("new PipelineRun payments-build-rerun-… of pipeline payments-build with the spec of "
                + "payments-build-run-7xk2p (failed, Failed)"), plan.diff());
        assertEquals("pipelines.rerun", rerun.permission());
        String result = asOperator(c -> rerun.execute(c, plan));
        List<GenericKubernetesResource> after = runs();
        assertEquals(3, after.size());
        GenericKubernetesResource copy = after.stream().filter(r -> r.getMetadata().getName().startsWith("payments-build-rerun-"))
                .findFirst().orElseThrow();
        assertTrue(result.contains(copy.getMetadata().getName()), result);
        assertEquals("payments-build-run-7xk2p", copy.getMetadata().getAnnotations().get(PipelineRerunAction.ANNOTATION));
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) copy.getAdditionalProperties().get("spec");
        assertEquals(run("payments-build-run-7xk2p").getAdditionalProperties().get("spec"), spec);
        assertNull(copy.getAdditionalProperties().get("status"), "a rerun starts without the old run's status");
    }

    @Test
    void rerun_of_a_pipeline_takes_its_newest_finished_run_and_refuses_a_run_still_going() throws Exception {
        ActionPlan plan = asOperator(c -> new PipelineRerunAction().plan(c, Map.of("namespace", "payments", "name", "payments-build")));
        assertEquals("payments-build-run-7xk2p", plan.args().get("name"));
        ActionRejected going = assertThrows(ActionRejected.class, () -> asOperator(c -> new PipelineRerunAction().plan(c,
                Map.of("namespace", "payments", "name", "payments-build-run-q8w3e"))));
        assertTrue(going.getMessage().contains("is still running"), going.getMessage());
    }

    @Test
    void cancels_a_running_run_by_setting_spec_status() throws Exception {
        Action cancel = new PipelineCancelAction();
        ActionPlan plan = asOperator(c -> cancel.plan(c, Map.of("namespace", "payments", "name", "payments-build")));
        assertEquals("payments-build-run-q8w3e", plan.args().get("name"));
        assertEquals("spec.status (none) → Cancelled (Tekton stops its running TaskRuns; finally tasks are skipped)", plan.diff());
        assertNull(status("payments-build-run-q8w3e"), "planning is a dry run");
        assertEquals("PipelineRun payments/payments-build-run-q8w3e cancelled", asOperator(c -> cancel.execute(c, plan)));
        assertEquals("Cancelled", status("payments-build-run-q8w3e"));
    }

    @Test
    void refuses_to_cancel_a_finished_run_or_one_that_does_not_exist() {
        ActionRejected finished = assertThrows(ActionRejected.class, () -> asOperator(c -> new PipelineCancelAction().plan(c,
                Map.of("namespace", "payments", "name", "payments-build-run-7xk2p"))));
        assertEquals("PipelineRun payments/payments-build-run-7xk2p has already finished (failed): there is nothing to cancel",
                finished.getMessage());
        ActionRejected missing = assertThrows(ActionRejected.class, () -> asOperator(c -> new PipelineCancelAction().plan(c,
                Map.of("namespace", "payments", "name", "loans-release"))));
        assertEquals("no PipelineRun named loans-release and no running run of pipeline loans-release in namespace payments", missing.getMessage());
    }

    @SuppressWarnings("unchecked")
    private String status(String name) {
        Object spec = run(name).getAdditionalProperties().get("spec");
        return spec instanceof Map<?, ?> m ? (String) ((Map<String, Object>) m).get("status") : null;
    }
}
