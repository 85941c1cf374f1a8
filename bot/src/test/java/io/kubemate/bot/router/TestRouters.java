package io.kubemate.bot.router;

import io.kubemate.knowledge.embed.EmbeddingModels;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.NameResolver;

/** The router as the application wires it, over a test cluster, with the default embedding model and thresholds. */
final class TestRouters {

    private TestRouters() {
    }

    static Router over(ClusterAccess cluster) {
        PhraseBook phrases = new PhraseBook();
        NameResolver names = new NameResolver(cluster);
        ArgumentResolver resolver = new ArgumentResolver(names, phrases);
        return new Router(new CommandParser(), phrases, resolver, new FreeTextRouter(
                EmbeddingModels.named(EmbeddingModels.DEFAULT), names, resolver, new RouterProperties(0.7, 0.1)));
    }
}
