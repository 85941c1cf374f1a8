package io.kubemate.bot.cli;

import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.sandbox.ManifestException;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The cluster of a launch, which a sandbox may still be building; whoever needs it first waits for it. */
public final class PendingCluster {

    private final CompletableFuture<ClusterAccess> cluster;

    PendingCluster(CompletableFuture<ClusterAccess> cluster) {
        this.cluster = cluster;
    }

    /** The cluster, once built; a sandbox that could not be built fails here with its reason. */
    ClusterAccess await() {
        try {
            return awaitChecked();
        } catch (ManifestException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    ClusterAccess awaitChecked() throws ManifestException {
        try {
            return cluster.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sandbox cluster was being built", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    /** The cluster if it has been built, without waiting (used to close it). */
    Optional<ClusterAccess> ready() {
        return cluster.isDone() && !cluster.isCompletedExceptionally() ? Optional.of(cluster.join()) : Optional.empty();
    }

    private static ManifestException unwrap(Throwable cause) {
        if (cause instanceof ManifestException manifest) {
            return manifest;
        }
        if (cause instanceof RuntimeException runtime && !(cause instanceof CompletionException)) {
            throw runtime;
        }
        throw new IllegalStateException(cause);
    }
}
