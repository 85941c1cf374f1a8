package io.kubemate.tools.sandbox;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A client that closes its watches (a bot's informers when its context stops, while another bot still uses the same
 * sandbox) must not stall the sandbox's API server: fabric8's mock server waits up to a minute on the closing
 * connection's event loop for the watch's executor, and every request served by that event loop waits with it.
 */
class SandboxWatchCloseTest {

    @Test
    void keeps_answering_after_clients_close_their_watches() throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("clusters/pods"), null)) {
            for (int round = 0; round < 3; round++) {
                List<Watch> watches = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    watches.add(cluster.as(Subject.ownCredentials(), c -> c.pods().inAnyNamespace().watch(new Ignoring())));
                }
                watches.forEach(Watch::close);
                // each read a fresh client, so that its connection may land on any of the server's event loops
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                    for (int i = 0; i < 8; i++) {
                        assertEquals("shop", cluster.as(Subject.impersonating("reader-" + i, List.of()),
                                c -> c.namespaces().withName("shop").get().getMetadata().getName()));
                    }
                }, "the sandbox stopped answering after watches were closed");
            }
        }
    }

    private static final class Ignoring implements Watcher<Pod> {
        @Override
        public void eventReceived(Action action, Pod resource) {
        }

        @Override
        public void onClose(WatcherException cause) {
        }
    }
}
