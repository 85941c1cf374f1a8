package io.kubemate.bot.cli;

import io.kubemate.bot.boot.KubemateContext;
import io.kubemate.knowledge.KnowledgeBase;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;

import java.util.HashMap;
import java.util.Map;

@Command(name = "knowledge", description = "Add documents to the knowledge index and search it.",
        subcommands = {KnowledgeIngestCommand.class, KnowledgeSearchCommand.class})
final class KnowledgeCommand {

    /** A context holding only what the knowledge commands need; {@code index} overrides the configured folder. */
    static ApplicationContext context(String index) {
        Map<String, Object> properties = new HashMap<>();
        // as for the other one-shot commands: nothing in flight to drain (the index is closed with the context)
        properties.put("micronaut.lifecycle.graceful-shutdown.enabled", false);
        if (index != null) {
            properties.put("kubemate.knowledge.index-dir", index);
        }
        return KubemateContext.builder().properties(properties).start();
    }

    static KnowledgeBase knowledge(ApplicationContext context) {
        return context.getBean(KnowledgeBase.class);
    }
}
