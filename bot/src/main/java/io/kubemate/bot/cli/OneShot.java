package io.kubemate.bot.cli;

import io.kubemate.tools.sandbox.ManifestException;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;

/** Runs a one-shot command: start the context on the chosen cluster, print what it answers, stop. */
final class OneShot {

    private OneShot() {
    }

    static int print(CommandSpec spec, ClusterOptions cluster, Function<ApplicationContext, String> answer)
            throws ManifestException {
        // Nothing is in flight to drain once the answer is printed: the graceful shutdown's wait cost about a second.
        ApplicationContext context = BotLauncher.start(cluster, Map.of("micronaut.lifecycle.graceful-shutdown.enabled", false));
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.println(answer.apply(context));
            out.flush();
            return 0;
        } finally {
            BotLauncher.stop(context);
        }
    }
}
