package io.kubemate.evals.router;

import io.kubemate.bot.router.ArgumentResolver;
import io.kubemate.bot.router.CommandParser;
import io.kubemate.bot.router.FreeTextRouter;
import io.kubemate.bot.router.PhraseBook;
import io.kubemate.bot.router.Route;
import io.kubemate.bot.router.Router;
import io.kubemate.bot.router.RouterProperties;
import io.kubemate.knowledge.embed.EmbeddingModels;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;

import java.nio.file.Path;

/** The bot's router, as wired in the application, over a scenario's sandbox cluster and the default embedding model. */
public final class SandboxRouter implements AutoCloseable {

    private final ClusterAccess cluster;
    private final Router router;

    public SandboxRouter(Path scenario, RouterProperties config) throws Exception {
        this.cluster = SandboxCluster.start(scenario.resolve("cluster"), null);
        PhraseBook phrases = new PhraseBook();
        NameResolver names = new NameResolver(cluster);
        ArgumentResolver resolver = new ArgumentResolver(names, phrases);
        this.router = new Router(new CommandParser(), phrases, resolver,
                new FreeTextRouter(EmbeddingModels.named(EmbeddingModels.DEFAULT), names, resolver, config));
    }

    public Route route(String text) {
        return router.route(Subject.ownCredentials(), text);
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
