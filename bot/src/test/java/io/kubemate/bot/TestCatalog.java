package io.kubemate.bot;

import io.kubemate.bot.cli.BotLauncher;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.bot.toolcall.Tools;
import io.kubemate.tools.spec.ToolSpecs;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** The specs of the bot's tool catalog as the application builds it from its beans, taken once per test run. */
public final class TestCatalog {

    private static ToolSpecs specs;

    private TestCatalog() {
    }

    public static synchronized ToolSpecs specs() {
        if (specs == null) {
            try {
                ApplicationContext context = BotLauncher.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                        "kubemate.knowledge.index-dir", Files.createTempDirectory("kubemate-knowledge").toString(),
                        "kubemate.knowledge.bundled-at-start", false,
                        "kubemate.audit.file", Files.createTempDirectory("kubemate-audit").resolve("audit.jsonl").toString()));
                try {
                    specs = ToolSpecs.of(context.getBean(Tools.class).all());
                } finally {
                    BotLauncher.stop(context);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("the test catalog did not start: " + e.getMessage(), e);
            }
        }
        return specs;
    }
}
