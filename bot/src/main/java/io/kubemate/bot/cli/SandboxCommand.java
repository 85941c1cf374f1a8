package io.kubemate.bot.cli;

import io.fabric8.kubernetes.api.model.Config;
import io.fabric8.kubernetes.api.model.ConfigBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kubemate.tools.kube.ClusterAccess;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Serves a sandbox cluster (a scenario's or a manifests folder's objects on the mock API server) in a process of its
 * own and writes a kubeconfig for it, until stopped: the bot then runs on it as on any kubeconfig cluster, without
 * the sandbox in its own memory (what {@code evals/bench/startup.sh} measures as a "kubeconfig cluster").
 */
@Command(name = "sandbox", hidden = true,
        description = "Serve a sandbox cluster on loopback and write its kubeconfig, until stopped (benchmarks).")
final class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--kubeconfig", paramLabel = "FILE", required = true, description = "Where to write the kubeconfig.")
    Path kubeconfig;

    @Override
    public Integer call() throws Exception {
        if (!cluster.sandbox()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "sandbox needs --scenario DIR or --manifests DIR");
        }
        ClusterAccess access = cluster.connect(null);
        Path partial = Files.createTempFile(kubeconfig.toAbsolutePath().getParent(), ".kubeconfig", ".tmp");
        Files.writeString(partial, new KubernetesSerialization().asYaml(kubeconfig(access.masterUrl())));
        Files.move(partial, kubeconfig, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        PrintWriter out = spec.commandLine().getOut();
        out.println("sandbox API server at " + access.masterUrl() + "; kubeconfig " + kubeconfig);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                access.close();
            } catch (Exception ignored) {
                // stopping: nothing left to tell
            }
            stopped.countDown();
        }, "sandbox-shutdown"));
        stopped.await();
        return 0;
    }

    private static Config kubeconfig(String server) {
        return new ConfigBuilder()
                .addNewCluster().withName("sandbox").withNewCluster().withServer(server).endCluster().endCluster()
                .addNewUser().withName("sandbox").withNewUser().withToken("sandbox").endUser().endUser()
                .addNewContext().withName("sandbox").withNewContext().withCluster("sandbox").withUser("sandbox").endContext().endContext()
                .withCurrentContext("sandbox")
                .build();
    }
}
