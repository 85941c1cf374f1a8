package io.kubemate.bot.cli;

import io.kubemate.tools.sandbox.ManifestException;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a one-shot command: start the context on the chosen cluster, make what the answer needs while a sandbox
 * cluster is still being built, wait for the cluster (a bad manifest is reported here, before any answer), print
 * the answer, stop.
 */
final class OneShot {

    private OneShot() {
    }

    /** {@code prepare} gets the beans the answer needs and returns the answer to compute once the cluster is there. */
    static int print(CommandSpec spec, ClusterOptions cluster, Function<ApplicationContext, Supplier<String>> prepare)
            throws ManifestException {
        // Nothing is in flight to drain once the answer is printed: the graceful shutdown's wait cost about a second.
        BotLauncher.Launch launch = BotLauncher.launch(cluster, Map.of("micronaut.lifecycle.graceful-shutdown.enabled", false));
        ApplicationContext context = launch.context();
        Supplier<String> answer;
        try {
            answer = prepare.apply(context);
        } catch (RuntimeException e) {
            launch.awaitCluster(); // a cluster that could not be made is the reason to give (and stops everything)
            BotLauncher.stop(context);
            throw e;
        }
        launch.awaitCluster();
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.println(answer.get());
            out.flush();
            return 0;
        } finally {
            BotLauncher.stop(context);
        }
    }
}
