package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.kubemate.tools.sandbox.ManifestException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cluster still being made can be held at once; calls to it wait for it, keep impersonating, and fail with its reason. */
class ClusterWhenMadeTest {

    @Test
    void a_call_waits_for_the_cluster_and_still_impersonates() throws Exception {
        KubernetesMockServer server = new KubernetesMockServer(false);
        server.init();
        CompletableFuture<ClusterAccess> making = new CompletableFuture<>();
        ClusterAccess view = ClusterAccess.whenMade(making);
        try (var pool = Executors.newSingleThreadExecutor()) {
            Future<Integer> pods = pool.submit(() -> view.as(Subject.serviceAccount("kubemate-users", "u-zhangsan"),
                    client -> client.pods().inNamespace("trade").list().getItems().size()));
            Thread.sleep(100);
            assertFalse(pods.isDone(), "the call did not wait for the cluster");

            server.expect().get().withPath("/api/v1/namespaces/trade/pods").andReturn(200, new PodListBuilder().build()).once();
            ClusterAccess made = new ClusterAccess(server.createClient(), "sandbox", "sandbox from here", List.of("skipped"), () -> { });
            making.complete(made);

            assertEquals(0, pods.get(10, TimeUnit.SECONDS));
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            assertEquals("system:serviceaccount:kubemate-users:u-zhangsan", request.getHeader("Impersonate-User"));
            assertEquals("sandbox", view.name());
            assertEquals(List.of("skipped"), view.notes());
        } finally {
            server.destroy();
        }
    }

    @Test
    void a_cluster_that_could_not_be_made_fails_every_call_with_its_reason() {
        CompletableFuture<ClusterAccess> making = new CompletableFuture<>();
        ClusterAccess view = ClusterAccess.whenMade(making);
        making.completeExceptionally(new ManifestException("broken.yaml: invalid YAML at line 2"));

        IllegalStateException e = assertThrows(IllegalStateException.class, view::name);
        assertEquals("broken.yaml: invalid YAML at line 2", e.getMessage());
    }

    @Test
    void closing_the_view_leaves_the_cluster_to_its_maker() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        ClusterAccess made = new ClusterAccess(null, "sandbox", "sandbox", List.of(), () -> closed.set(true));
        ClusterAccess.whenMade(CompletableFuture.completedFuture(made)).close();
        assertFalse(closed.get());
        made.close();
        assertTrue(closed.get());
    }
}
