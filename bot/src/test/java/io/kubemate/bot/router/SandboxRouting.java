package io.kubemate.bot.router;

import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;

import java.nio.file.Path;

/** The router over a scenario's cluster in a sandbox, routing as the kubeconfig's own identity; closing stops the sandbox. */
final class SandboxRouting implements AutoCloseable {

    private final ClusterAccess cluster;
    private final Router router;

    private SandboxRouting(ClusterAccess cluster) {
        this.cluster = cluster;
        this.router = TestRouters.over(cluster);
    }

    static SandboxRouting over(Path clusterDir) throws Exception {
        return new SandboxRouting(SandboxCluster.start(clusterDir, null));
    }

    Route route(String text) {
        return router.route(Subject.ownCredentials(), text);
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
