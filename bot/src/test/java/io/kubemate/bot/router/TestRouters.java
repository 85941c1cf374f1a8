package io.kubemate.bot.router;

import io.kubemate.bot.TestCatalog;
import io.kubemate.knowledge.embed.EmbeddingModels;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.spec.ToolSpecs;

/** The router as the application wires it, over a test cluster, with the default embedding model and thresholds. */
final class TestRouters {

    private TestRouters() {
    }

    static Router over(ClusterAccess cluster) {
        ToolSpecs tools = TestCatalog.specs();
        PhraseBook phrases = new PhraseBook();
        NameResolver names = new NameResolver(cluster);
        ArgumentResolver resolver = new ArgumentResolver(names, phrases, tools);
        CommandParser commands = new CommandParser(tools);
        return new Router(commands, phrases, resolver, new FreeTextRouter(
                EmbeddingModels.named(EmbeddingModels.DEFAULT), names, resolver, new RouterProperties(0.7, 0.1), tools, commands));
    }
}
