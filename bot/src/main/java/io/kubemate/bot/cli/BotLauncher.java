package io.kubemate.bot.cli;

import io.kubemate.bot.boot.KubemateContext;
import io.kubemate.bot.config.KubernetesProperties;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.sandbox.ManifestException;
import io.kubemate.tools.sandbox.ScenarioBackends;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.RuntimeBeanDefinition;


import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the application context around a cluster chosen on the command line. The cluster is registered
 * as a singleton before any bean that reads it is created. For an eval scenario, stand-ins serving its alerts,
 * logs, traces and metrics start first and become the {@code default} endpoints, unless the caller set them.
 */
public final class BotLauncher {

    private BotLauncher() {
    }

    /** Starts the context and waits for the cluster: a bad manifest is reported here, before any answer. */
    public static ApplicationContext start(ClusterOptions clusterOptions, Map<String, Object> properties)
            throws ManifestException {
        Launch launch = launch(clusterOptions, properties);
        launch.awaitCluster();
        return launch.context();
    }

    /**
     * Starts the context while a sandbox cluster (manifests → mock API server, a second or more) is built on
     * another thread, and returns without waiting for it: a bean that needs the cluster waits for it when it is
     * first made, so a server can answer {@code /health} meanwhile. A kubeconfig cluster is connected at once.
     */
    public static Launch launch(ClusterOptions clusterOptions, Map<String, Object> properties) throws ManifestException {
        Map<String, Object> all = new HashMap<>(properties);
        ScenarioBackends backends = clusterOptions.startBackends();
        backends.properties().forEach(all::putIfAbsent);
        CompletableFuture<ClusterAccess> sandbox = clusterOptions.sandbox() ? buildSandbox(clusterOptions) : null;
        ApplicationContext context;
        try {
            context = KubemateContext.builder()
                    .properties(all)
                    .start();
        } catch (RuntimeException e) {
            backends.close();
            if (sandbox != null) {
                sandbox.thenAccept(BotLauncher::closeQuietly);
            }
            throw e;
        }
        context.registerSingleton(ScenarioBackends.class, backends);
        CompletableFuture<ClusterAccess> cluster;
        if (sandbox != null) {
            cluster = sandbox;
        } else {
            try {
                cluster = CompletableFuture.completedFuture(clusterOptions.connect(context.getBean(KubernetesProperties.class)));
            } catch (ManifestException | RuntimeException e) {
                context.close();
                backends.close();
                throw e;
            }
        }
        PendingCluster pending = new PendingCluster(cluster);
        context.registerSingleton(PendingCluster.class, pending);
        context.registerBeanDefinition(RuntimeBeanDefinition.builder(ClusterAccess.class, pending::await).singleton(true).build());
        return new Launch(context, pending, backends);
    }

    private static CompletableFuture<ClusterAccess> buildSandbox(ClusterOptions clusterOptions) {
        CompletableFuture<ClusterAccess> future = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("sandbox-cluster").start(() -> {
            try {
                future.complete(clusterOptions.connect(null));
            } catch (ManifestException | RuntimeException e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    /** Stops the context, its stand-in backends and its cluster; a second call (a signal, then the shutdown hook) does nothing. */
    public static void stop(ApplicationContext context) {
        if (!context.isRunning()) {
            return;
        }
        PendingCluster cluster = context.findBean(PendingCluster.class).orElse(null);
        ScenarioBackends backends = context.findBean(ScenarioBackends.class).orElse(null);
        context.close();
        if (backends != null) {
            backends.close();
        }
        if (cluster != null) {
            cluster.ready().ifPresent(BotLauncher::closeQuietly);
        }
    }

    private static void closeQuietly(ClusterAccess cluster) {
        try {
            cluster.close();
        } catch (Exception ignored) {
            // shutting down: nothing left to tell
        }
    }

    /** A started context whose cluster may still be being built. */
    public record Launch(ApplicationContext context, PendingCluster cluster, ScenarioBackends backends) {

        /** Waits for the cluster; when it cannot be made, stops everything and says why. */
        public ClusterAccess awaitCluster() throws ManifestException {
            try {
                return cluster.awaitChecked();
            } catch (ManifestException | RuntimeException e) {
                context.close();
                backends.close();
                throw e;
            }
        }
    }
}
