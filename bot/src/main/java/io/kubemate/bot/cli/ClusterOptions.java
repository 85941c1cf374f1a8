package io.kubemate.bot.cli;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.kubemate.bot.config.KubernetesProperties;
import io.kubemate.tools.kube.ClosingHttpClientFactory;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.sandbox.ManifestException;
import io.kubemate.tools.sandbox.ScenarioBackends;
import io.kubemate.tools.sandbox.SandboxCluster;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which cluster a command talks to: a sandbox from manifests or a scenario, else the kubeconfig's cluster. */
public final class ClusterOptions {

    @Option(names = "--manifests", paramLabel = "DIR",
            description = "Load every YAML file under DIR (objects with status) as the cluster; container logs from DIR/podlogs.")
    Path manifests;

    @Option(names = "--scenario", paramLabel = "DIR",
            description = "Run against an eval scenario: its cluster/ folder as the cluster, podlogs/ as container logs.")
    Path scenario;

    private boolean lenient;
    private static final String SANDBOX_IDENTITIES = "sandbox/default-identities.yaml";

    private ClusterAccess existing;

    public static ClusterOptions scenario(Path folder) {
        ClusterOptions options = new ClusterOptions();
        options.scenario = folder;
        return options;
    }

    public static ClusterOptions manifests(Path folder) {
        ClusterOptions options = new ClusterOptions();
        options.manifests = folder;
        return options;
    }

    /**
     * A cluster that is already running, e.g. one sandbox shared by two bot instances in a test of replicas;
     * treated as a sandbox, and left running when a bot stops.
     */
    public static ClusterOptions existing(ClusterAccess cluster) {
        ClusterOptions options = new ClusterOptions();
        options.existing = cluster;
        return options;
    }

    public static ClusterOptions kubeconfig() {
        return new ClusterOptions();
    }

    /**
     * Inspections skip objects of unknown kinds (an export of a real cluster holds other products' custom
     * resources) and report them; every other command refuses them.
     */
    ClusterOptions lenient() {
        this.lenient = true;
        return this;
    }

    /**
     * Stand-ins for the scenario's observability fixtures ({@code alerts.json}, {@code logs.json},
     * {@code traces.json}, {@code metrics.om}); none for other clusters.
     */
    public ScenarioBackends startBackends() throws ManifestException {
        if (scenario == null) {
            return ScenarioBackends.none();
        }
        try {
            return ScenarioBackends.start(scenario);
        } catch (IOException | IllegalArgumentException e) {
            throw new ManifestException("scenario " + scenario + ": " + e.getMessage());
        }
    }

    public boolean sandbox() {
        return manifests != null || scenario != null || existing != null;
    }

    /** Users and Roles for a sandbox that brings no Users of its own: web:dev administers, web:viewer reads (design §5). */
    public static URL sandboxIdentities() {
        return ClusterOptions.class.getClassLoader().getResource(SANDBOX_IDENTITIES);
    }

    public ClusterAccess connect(KubernetesProperties properties) throws ManifestException {
        if (existing != null) {
            return existing.sharedView();
        }
        if (manifests != null && scenario != null) {
            throw new ManifestException("give --manifests or --scenario, not both");
        }
        if (scenario != null) {
            if (!Files.isDirectory(scenario.resolve("cluster"))) {
                throw new ManifestException("scenario " + scenario + " has no cluster/ folder");
            }
            return SandboxCluster.start(scenario.resolve("cluster"), scenario.resolve("podlogs"), lenient, sandboxIdentities());
        }
        if (manifests != null) {
            return SandboxCluster.start(manifests, manifests.resolve("podlogs"), lenient, sandboxIdentities());
        }
        Config config = new ConfigBuilder(Config.autoConfigure(null))
                .withRequestTimeout((int) properties.requestTimeout().toMillis())
                .withConnectionTimeout((int) properties.connectTimeout().toMillis())
                .withRequestRetryBackoffLimit(1)
                .build();
        KubernetesClient client = new KubernetesClientBuilder().withConfig(config)
                .withHttpClientFactory(new ClosingHttpClientFactory()).build();
        String name = properties.clusterName() != null ? properties.clusterName()
                : config.getCurrentContext() != null ? config.getCurrentContext().getName() : "default";
        return ClusterAccess.of(client, name, "cluster " + name + " at " + client.getMasterUrl());
    }
}
