package io.kubemate.bot.cli;

import io.kubemate.bot.config.KubernetesProperties;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.sandbox.ManifestException;
import io.micronaut.context.ApplicationContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the application context around a cluster chosen on the command line. The cluster is registered
 * as a singleton before any bean that reads it is created.
 */
public final class BotLauncher {

    /** In a sandbox without Kubemate users, web:dev and web:viewer still map to identities (design §5). */
    static final List<String> SANDBOX_USERS = List.of(
            "web:dev=system:serviceaccount:kubemate-users:dev",
            "web:viewer=system:serviceaccount:kubemate-users:viewer");

    private BotLauncher() {
    }

    public static ApplicationContext start(ClusterOptions clusterOptions, Map<String, Object> properties)
            throws ManifestException {
        Map<String, Object> all = new HashMap<>(properties);
        if (clusterOptions.sandbox()) {
            all.putIfAbsent("kubemate.identity.users", SANDBOX_USERS);
        }
        ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(all)
                .start();
        try {
            ClusterAccess cluster = clusterOptions.connect(context.getBean(KubernetesProperties.class));
            context.registerSingleton(ClusterAccess.class, cluster);
            return context;
        } catch (ManifestException | RuntimeException e) {
            context.close();
            throw e;
        }
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
