package io.kubemate.bot.cli;

import io.kubemate.bot.chat.ChatService;
import io.kubemate.bot.llm.LlmProperties;
import io.kubemate.bot.router.RouterDataCheck;
import io.kubemate.bot.state.StateStore;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "serve", description = "Run the service: HTTP API, web console and chat webhooks.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--port", description = "HTTP port (default: micronaut.server.port, 8080).")
    Integer port;

    private volatile boolean running;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = new HashMap<>();
        if (port != null) {
            properties.put("micronaut.server.port", port);
        }
        // The server starts while a sandbox cluster is still being built; a sandbox that cannot be built stops it.
        BotLauncher.Launch launch = BotLauncher.launch(cluster, properties);
        ApplicationContext context = launch.context();
        // Closing the context (not the server first) runs Micronaut's graceful shutdown: requests in flight finish, and
        // so may the bundled runbooks' first indexing, which starts with the server.
        StopOnSignal.install(() -> BotLauncher.stop(context));
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        try {
            server.start();
        } catch (RuntimeException e) {
            launch.awaitCluster();
            throw e;
        }
        launch.awaitCluster();
        context.getBean(RouterDataCheck.class);
        running = true;
        // any other way out of the JVM (System.exit elsewhere) still stops the service
        Runtime.getRuntime().addShutdownHook(new Thread(() -> BotLauncher.stop(context), "kubemate-shutdown"));
        announce(context, server);
        return 0;
    }

    boolean running() {
        return running;
    }

    private static void announce(ApplicationContext context, EmbeddedServer server) {
        ClusterAccess clusterAccess = context.getBean(ClusterAccess.class);
        LOG.info("Kubemate ChatOps console at {}", server.getURL());
        LlmProperties llm = context.getBean(LlmProperties.class);
        if ("none".equals(llm.provider())) {
            LOG.info("Mode: router — no LLM is configured, so the bot answers commands and common phrasings.");
        } else {
            LOG.info("Mode: llm — {} model {} at {}; explicit commands, and every question while the model is unreachable, "
                    + "go to the router", llm.provider(), llm.model(), llm.baseUrl() == null ? "its default address" : llm.baseUrl());
        }
        LOG.info("Cluster: {}", clusterAccess.description());
        LOG.info("State: {}", context.getBean(StateStore.class).describe());
        try {
            var version = clusterAccess.as(Subject.ownCredentials(), c -> c.getKubernetesVersion());
            LOG.info("Cluster reachable{}", version == null || version.getGitVersion() == null ? ""
                    : " (Kubernetes " + version.getGitVersion() + ")");
        } catch (RuntimeException e) {
            LOG.warn("Cluster unreachable at {}: {}. The console still runs; cluster questions will answer "
                    + "that the cluster is unavailable. Set KUBECONFIG, or use --scenario DIR for a sandbox.",
                    clusterAccess.masterUrl(), e.getMessage());
        }
        context.getBean(ChatService.class);
    }
}
