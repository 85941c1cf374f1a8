package io.kubemate.evals.router;

import io.kubemate.bot.cli.BotLauncher;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.bot.router.ArgumentResolver;
import io.kubemate.bot.router.CommandParser;
import io.kubemate.bot.router.FreeTextRouter;
import io.kubemate.bot.router.PhraseBook;
import io.kubemate.bot.router.Route;
import io.kubemate.bot.router.Router;
import io.kubemate.bot.router.RouterProperties;
import io.kubemate.bot.toolcall.Tools;
import io.kubemate.knowledge.embed.EmbeddingModels;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.spec.ToolSpecs;
import io.micronaut.context.ApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The bot's router, as wired in the application, over a scenario's sandbox cluster and the default embedding model. */
public final class SandboxRouter implements AutoCloseable {

    private final ClusterAccess cluster;
    private final Router router;
    private final ToolSpecs tools;

    public SandboxRouter(Path scenario, RouterProperties config) throws Exception {
        this.tools = catalog(scenario);
        this.cluster = SandboxCluster.start(scenario.resolve("cluster"), null);
        PhraseBook phrases = new PhraseBook();
        NameResolver names = new NameResolver(cluster);
        ArgumentResolver resolver = new ArgumentResolver(names, phrases, tools);
        CommandParser commands = new CommandParser(tools);
        this.router = new Router(commands, phrases, resolver,
                new FreeTextRouter(EmbeddingModels.named(EmbeddingModels.DEFAULT), names, resolver, config, tools, commands));
    }

    /** The tool specs as the bot builds its catalog from its beans, over the scenario's sandbox. */
    private static ToolSpecs catalog(Path scenario) throws Exception {
        ApplicationContext context = BotLauncher.start(ClusterOptions.scenario(scenario), Map.of(
                "kubemate.knowledge.index-dir", Files.createTempDirectory("kubemate-knowledge").toString(),
                "kubemate.knowledge.bundled-at-start", false,
                "kubemate.audit.file", Files.createTempDirectory("kubemate-audit").resolve("audit.jsonl").toString()));
        try {
            return ToolSpecs.of(context.getBean(Tools.class).all());
        } finally {
            BotLauncher.stop(context);
        }
    }

    public Route route(String text) {
        return router.route(Subject.ownCredentials(), text);
    }

    /** Whether {@code tool} is a change (it would become a proposal). */
    public boolean isAction(String tool) {
        return tools.isAction(tool);
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
