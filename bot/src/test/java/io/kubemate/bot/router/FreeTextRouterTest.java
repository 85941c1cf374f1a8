package io.kubemate.bot.router;

import io.kubemate.bot.TestBot;
import io.kubemate.bot.TestCatalog;
import io.kubemate.bot.router.extract.ClusterNames;
import io.kubemate.knowledge.embed.Embedder;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The thresholds and the embed-once behaviour, with an embedder whose similarities are known in advance. */
class FreeTextRouterTest {

    /** "alpha" and "beta" are orthogonal directions; a text holding both is 0.707 from each; anything else is neither. */
    private static final class KeywordEmbedder implements Embedder {

        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public String name() {
            return "keywords";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            embedded.addAndGet(texts.size());
            return texts.stream().map(t -> new float[] {t.contains("alpha") ? 1 : 0, t.contains("beta") ? 1 : 0,
                    t.contains("alpha") || t.contains("beta") ? 0 : 1}).toList();
        }
    }

    private static ClusterAccess cluster;
    private static FreeTextRouter router;
    private static KeywordEmbedder embedder;

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(TestBot.SCENARIO.resolve("cluster"), null);
        NameResolver names = new NameResolver(cluster);
        PhraseBook phrases = new PhraseBook();
        embedder = new KeywordEmbedder();
        ExampleBook book = new ExampleBook(List.of(new ExampleBook.Example("silences_list", "alpha"),
                new ExampleBook.Example("alerts_list", "beta")));
        router = new FreeTextRouter(new IntentClassifier(embedder, book), new ClusterNames(names),
                new FreeTextArguments(new ArgumentResolver(names, phrases, TestCatalog.specs()), TestCatalog.specs()), new RouterProperties(0.8, 0.2),
                TestCatalog.specs(), new CommandParser(TestCatalog.specs()));
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    @Test
    void routes_a_message_as_close_as_the_threshold_to_its_nearest_examples_tool() {
        Route route = router.route(Subject.ownCredentials(), "alpha");
        assertEquals("silences_list", route.tool());
        assertNull(route.ask());
        assertEquals(1.0, route.confidence());
    }

    @Test
    void asks_between_the_two_likeliest_tools_just_below_the_threshold() {
        Route route = router.route(Subject.ownCredentials(), "alpha beta");
        assertEquals(List.of("silences_list", "alerts_list"), route.candidates().stream().sorted().toList().reversed());
        assertEquals(0.707, route.confidence());
        assertEquals(2, route.candidates().size());
        assertEquals(List.of("/alerts", "/silences"), route.choices().stream().map(Choice::say).sorted().toList());
    }

    @Test
    void gives_up_far_below_the_threshold() {
        Route route = router.route(Subject.ownCredentials(), "gamma");
        assertNull(route.tool());
        assertEquals(0.0, route.confidence());
    }

    @Test
    void does_not_route_a_message_nearest_to_chat_no_tool_answers() {
        NameResolver names = new NameResolver(cluster);
        ExampleBook book = new ExampleBook(List.of(new ExampleBook.Example("silences_list", "alpha"),
                new ExampleBook.Example(ExampleBook.NONE, "gamma")));
        FreeTextRouter withChat = new FreeTextRouter(new IntentClassifier(new KeywordEmbedder(), book), new ClusterNames(names),
                new FreeTextArguments(new ArgumentResolver(names, new PhraseBook(), TestCatalog.specs()), TestCatalog.specs()), new RouterProperties(0.8, 0.2),
                TestCatalog.specs(), new CommandParser(TestCatalog.specs()));
        Route route = withChat.route(Subject.ownCredentials(), "gamma");
        assertNull(route.tool(), "as close as can be, but to chat");
        assertTrue(route.candidates().isEmpty());
    }

    @Test
    void warming_up_embeds_the_examples_so_the_first_message_embeds_only_itself() {
        KeywordEmbedder fresh = new KeywordEmbedder();
        NameResolver names = new NameResolver(cluster);
        IntentClassifier classifier = new IntentClassifier(fresh, new ExampleBook(List.of(
                new ExampleBook.Example("silences_list", "alpha"), new ExampleBook.Example("alerts_list", "beta"))));
        classifier.warmUp();
        assertEquals(2, fresh.embedded.get());
        FreeTextRouter warm = new FreeTextRouter(classifier, new ClusterNames(names),
                new FreeTextArguments(new ArgumentResolver(names, new PhraseBook(), TestCatalog.specs()), TestCatalog.specs()), new RouterProperties(0.8, 0.2),
                TestCatalog.specs(), new CommandParser(TestCatalog.specs()));
        assertEquals("alerts_list", warm.route(Subject.ownCredentials(), "beta").tool());
        assertEquals(3, fresh.embedded.get());
    }

    @Test
    void embeds_the_examples_once() {
        router.route(Subject.ownCredentials(), "alpha");
        int afterFirst = embedder.embedded.get();
        router.route(Subject.ownCredentials(), "beta");
        router.route(Subject.ownCredentials(), "alpha beta");
        assertEquals(afterFirst + 2, embedder.embedded.get(), "two more queries, no example embedded again");
    }
}
