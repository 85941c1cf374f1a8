package io.kubemate.bot.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.kubemate.bot.identity.Grant;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.proposal.ActionCatalog;
import io.kubemate.bot.toolcall.ToolCatalog;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tools of {@code prompts/llm/tools.yaml} as langchain4j specifications, filtered per request: only tools
 * this bot has, and change tools only for a person whose Kubemate roles grant the change somewhere.
 */
@Singleton
final class ModelTools {

    private record Entry(ToolSpecification spec, String requires) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final ToolCatalog reads;
    private final ActionCatalog actions;

    @SuppressWarnings("unchecked")
    ModelTools(ToolCatalog reads, ActionCatalog actions) {
        this.reads = reads;
        this.actions = actions;
        for (Map<String, Object> tool : (List<Map<String, Object>>) PromptFiles.yaml("tools.yaml").get("tools")) {
            JsonObjectSchema.Builder schema = JsonObjectSchema.builder();
            Map<String, Map<String, String>> parameters = (Map<String, Map<String, String>>) tool.getOrDefault("parameters", Map.of());
            parameters.forEach((name, p) -> {
                switch (p.getOrDefault("type", "string")) {
                    case "integer" -> schema.addIntegerProperty(name, p.get("description"));
                    case "boolean" -> schema.addBooleanProperty(name, p.get("description"));
                    default -> schema.addStringProperty(name, p.get("description"));
                }
            });
            schema.required((List<String>) tool.getOrDefault("required", List.of()));
            ToolSpecification spec = ToolSpecification.builder().name((String) tool.get("name"))
                    .description((String) tool.get("description")).parameters(schema.build()).build();
            entries.add(new Entry(spec, (String) tool.get("requires")));
        }
    }

    /** The tools offered to the model for this person's turn. */
    List<ToolSpecification> offeredTo(Person person) {
        return entries.stream()
                .filter(e -> reads.read(e.spec().name()).isPresent() || actions.find(e.spec().name()).isPresent())
                .filter(e -> e.requires() == null || grantsAnywhere(person, e.requires()))
                .map(Entry::spec).toList();
    }

    private static boolean grantsAnywhere(Person person, String code) {
        return person.grants().stream().map(Grant::codes).anyMatch(codes -> codes.contains("*") || codes.contains(code));
    }
}
