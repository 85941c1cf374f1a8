package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CronJobSuspensionTest {

    private KubernetesMockServer server;
    private ClusterAccess cluster;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
        server.init();
        cluster = ClusterAccess.of(server.createClient(), "mock", "mock");
        cluster.as(Subject.ownCredentials(), c -> c.resource(new CronJobBuilder().withNewMetadata().withName("reconcile")
                .withNamespace("trade-batch").endMetadata().withNewSpec().withSchedule("30 1 * * *").withNewJobTemplate().withNewSpec()
                .withNewTemplate().withNewSpec().withRestartPolicy("OnFailure").addNewContainer().withName("r")
                .withImage("reg.local/reconcile:3.1.0").endContainer().endSpec().endTemplate().endSpec().endJobTemplate().endSpec()
                .build()).create());
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
        server.destroy();
    }

    private String run(Action action, String name) {
        return cluster.as(Subject.serviceAccount("kubemate-users", "u-batch"), (KubernetesClient client) -> {
            try {
                return action.execute(client, action.plan(client, Map.of("namespace", "trade-batch", "name", name)));
            } catch (ActionRejected e) {
                return "rejected: " + e.getMessage();
            }
        });
    }

    private Boolean suspended() {
        return cluster.as(Subject.ownCredentials(), c -> c.batch().v1().cronjobs().inNamespace("trade-batch").withName("reconcile").get())
                .getSpec().getSuspend();
    }

    @Test
    void suspends_and_resumes() {
        assertEquals("CronJob trade-batch/reconcile suspended", run(new SuspendCronJobAction(), "reconcile"));
        assertEquals(Boolean.TRUE, suspended());
        assertEquals("rejected: CronJob trade-batch/reconcile is already suspended", run(new SuspendCronJobAction(), "reconcile"));
        assertEquals("CronJob trade-batch/reconcile resumed", run(new ResumeCronJobAction(), "reconcile"));
        assertEquals(Boolean.FALSE, suspended());
        assertEquals("rejected: no CronJob named nightly in namespace trade-batch", run(new SuspendCronJobAction(), "nightly"));
    }
}
