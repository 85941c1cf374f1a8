package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code resume_cronjob}: everything the bot knows of it is its class; this is its test. */
class ResumeCronJobActionTest {

    private final ResumeCronJobAction resume = new ResumeCronJobAction();
    private KubernetesMockServer server;
    private ClusterAccess cluster;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
        server.init();
        cluster = ClusterAccess.of(server.createClient(), "mock", "mock");
        cluster.as(Subject.ownCredentials(), c -> c.resource(new CronJobBuilder().withNewMetadata().withName("reconcile")
                .withNamespace("trade-batch").endMetadata().withNewSpec().withSchedule("30 1 * * *").withSuspend(true)
                .withNewJobTemplate().withNewSpec().withNewTemplate().withNewSpec().withRestartPolicy("OnFailure").addNewContainer()
                .withName("r").withImage("reg.local/reconcile:3.1.0").endContainer().endSpec().endTemplate().endSpec()
                .endJobTemplate().endSpec().build()).create());
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
        server.destroy();
    }

    private String run() {
        return cluster.as(Subject.serviceAccount("kubemate-users", "u-batch"), (KubernetesClient client) -> {
            try {
                ActionPlan plan = resume.plan(client, Map.of("namespace", "trade-batch", "name", "reconcile"));
                assertEquals("suspend true → false (runs resume at the next scheduled time)", plan.diff());
                return resume.execute(client, plan);
            } catch (ActionRejected e) {
                return "rejected: " + e.getMessage();
            }
        });
    }

    private boolean suspended() {
        return Boolean.TRUE.equals(cluster.as(Subject.ownCredentials(),
                c -> c.batch().v1().cronjobs().inNamespace("trade-batch").withName("reconcile").get()).getSpec().getSuspend());
    }

    @Test
    void resumes_a_suspended_cronjob_and_refuses_one_that_runs() {
        assertTrue(suspended());
        assertEquals("CronJob trade-batch/reconcile resumed", run());
        assertFalse(suspended());
        assertEquals("rejected: CronJob trade-batch/reconcile is already active", run());
    }

    @Test
    void declares_what_the_router_the_model_and_runbooks_derive_from() {
        ToolSpec spec = resume.spec();
        assertEquals("resume_cronjob", resume.name());
        assertEquals(Risk.WRITE, resume.risk());
        assertEquals("cronjobs.suspend", resume.permission());
        assertEquals(List.of("namespace", "name"), spec.required());
        assertEquals(List.of("resume"), spec.commands());
        assertEquals(List.of("target"), spec.positions());
        assertEquals(TargetKind.CRONJOB, spec.target());
        assertEquals("suspend_cronjob", spec.undoes());
        assertTrue(spec.intentWords().containsAll(List.of("resume", "恢复")));
        assertTrue(spec.offeredToModel());
    }
}
