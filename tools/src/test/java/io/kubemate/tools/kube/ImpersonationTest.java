package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class ImpersonationTest {

    private KubernetesMockServer server;
    private ClusterAccess cluster;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(false);
        server.init();
        cluster = ClusterAccess.of(server.createClient(), "mock", "mock");
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
        server.destroy();
    }

    @Test
    void every_read_carries_the_impersonation_headers_of_the_subject() throws Exception {
        server.expect().get().withPath("/api/v1/namespaces/trade/pods").andReturn(200, new PodListBuilder().build()).once();
        Subject subject = Subject.serviceAccount("kubemate-users", "u-zhangsan");

        new ObjectReader(cluster, Fixtures.CLOCK).get(subject, ReadAccess.ALL, "pods", "trade", null);

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("system:serviceaccount:kubemate-users:u-zhangsan", request.getHeader("Impersonate-User"));
        assertEquals(List.of("system:serviceaccounts", "system:serviceaccounts:kubemate-users"),
                request.getHeaders().headers("Impersonate-Group"));
    }

    @Test
    void a_forbidden_answer_becomes_a_forbidden_outcome() throws Exception {
        server.expect().get().withPath("/api/v1/namespaces/trade/pods").andReturn(403,
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403,"
                        + "\"message\":\"pods is forbidden: User \\\"system:serviceaccount:kubemate-users:u-lisi\\\" cannot list resource\"}").once();

        var outcome = new ObjectReader(cluster, Fixtures.CLOCK).get(Subject.serviceAccount("kubemate-users", "u-lisi"), ReadAccess.ALL, "pods", "trade", null);

        var forbidden = assertInstanceOf(Outcome.Forbidden.class, outcome);
        assertEquals("the cluster denied get pod in trade for your identity", forbidden.reason());
    }

    @Test
    void own_credentials_send_no_impersonation() throws Exception {
        server.expect().get().withPath("/api/v1/namespaces/trade/pods").andReturn(200, new PodListBuilder().build()).once();
        new ObjectReader(cluster, Fixtures.CLOCK).get(Subject.ownCredentials(), ReadAccess.ALL, "pods", "trade", null);
        assertNull(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Impersonate-User"));
    }
}
