package io.kubemate.bot.cli;

import io.kubemate.bot.config.KubernetesProperties;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.sandbox.ManifestException;
import io.micronaut.context.ApplicationContext;

import io.kubemate.tools.kube.Subject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the application context around a cluster chosen on the command line. The cluster is registered
 * as a singleton before any bean that reads it is created.
 */
public final class BotLauncher {

    /** Users and Roles for a sandbox that brings none: web:dev administers, web:viewer reads (design §5). */
    static final String SANDBOX_IDENTITIES = "sandbox/default-identities.yaml";

    private BotLauncher() {
    }

    public static ApplicationContext start(ClusterOptions clusterOptions, Map<String, Object> properties)
            throws ManifestException {
        Map<String, Object> all = new HashMap<>(properties);
        ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(all)
                .start();
        try {
            ClusterAccess cluster = clusterOptions.connect(context.getBean(KubernetesProperties.class));
            if (clusterOptions.sandbox()) {
                seedIdentities(cluster);
            }
            context.registerSingleton(ClusterAccess.class, cluster);
            return context;
        } catch (ManifestException | RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private static void seedIdentities(ClusterAccess cluster) {
        cluster.as(Subject.ownCredentials(), client -> {
            boolean hasUsers = !client.genericKubernetesResources("kubemate.io/v1alpha1", "User").list().getItems().isEmpty();
            if (!hasUsers) {
                try (InputStream in = BotLauncher.class.getClassLoader().getResourceAsStream(SANDBOX_IDENTITIES)) {
                    client.load(in).items().stream().filter(item -> client.resource(item).get() == null)
                            .forEach(item -> client.resource(item).create());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return null;
        });
    }

    public static void stop(ApplicationContext context) {
        ClusterAccess cluster = context.findBean(ClusterAccess.class).orElse(null);
        context.close();
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception ignored) {
                // shutting down: nothing left to tell
            }
        }
    }
}
