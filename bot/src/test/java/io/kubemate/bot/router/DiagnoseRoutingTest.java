package io.kubemate.bot.router;

import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Questions about a node, a Job, a Service or a connection between two workloads reach diagnose with the right object. */
class DiagnoseRoutingTest {

    private static ClusterAccess cluster;
    private static Router router;

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(resource("clusters/diagnose-routing"), null);
        router = TestRouters.over(cluster);
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DiagnoseRoutingTest.class.getResource("/" + name).toURI());
    }

    private static Route route(String text) {
        return router.route(Subject.ownCredentials(), text);
    }

    @Test
    void a_node_named_in_a_chinese_why_question_is_diagnosed_as_a_node() {
        Route route = route("/diagnose worker-04");
        assertEquals("diagnose", route.tool(), route.toString());
        assertEquals(Map.of("node", "worker-04"), route.args());
    }

    @Test
    void a_job_and_a_service_are_diagnosed_by_their_names() {
        assertEquals(Map.of("namespace", "shop", "workload", "db-migrate"), route("/diagnose db-migrate").args());
        assertEquals(Map.of("namespace", "shop", "name", "storefront-web"), route("/diagnose storefront-web").args());
    }

    @Test
    void a_free_text_question_names_the_node() {
        Route route = route("worker-04 为什么 NotReady");
        assertEquals("diagnose", route.tool(), route.toString());
        assertEquals("worker-04", route.args().get("node"), route.toString());
    }

    @Test
    void in_a_timeout_between_two_workloads_the_server_is_diagnosed_with_the_client_as_context() {
        Route route = route("why is frontend getting timeouts connecting to orders?");
        assertEquals("diagnose", route.tool(), route.toString());
        assertEquals("orders", route.args().get("workload"), route.toString());
        assertEquals("frontend", route.args().get("client"), route.toString());
    }
}
