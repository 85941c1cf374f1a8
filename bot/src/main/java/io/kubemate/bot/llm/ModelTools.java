package io.kubemate.bot.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.kubemate.bot.identity.Grant;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.toolcall.Tools;
import io.kubemate.tools.spec.Param;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The catalog's tools as langchain4j specifications, filtered per request: only tools offered to the model, and
 * change tools only for a person whose Kubemate roles grant the change somewhere. The model reads the English
 * descriptions; it answers in the person's language whatever they are.
 */
@Singleton
final class ModelTools {

    private record Entry(ToolSpecification specification, String requires) {
    }

    private final List<Entry> entries;

    ModelTools(Tools tools) {
        this.entries = tools.all().stream().filter(ToolSpec::offeredToModel)
                .map(spec -> new Entry(specification(spec), spec.permission())).toList();
    }

    /** The tools offered to the model for this person's turn. */
    List<ToolSpecification> offeredTo(Person person) {
        return entries.stream()
                .filter(e -> e.requires() == null || grantsAnywhere(person, e.requires()))
                .map(Entry::specification).toList();
    }

    private static ToolSpecification specification(ToolSpec spec) {
        JsonObjectSchema.Builder schema = JsonObjectSchema.builder();
        for (Param p : spec.parameters()) {
            switch (p.type()) {
                case INTEGER -> schema.addIntegerProperty(p.name(), p.description().en());
                case BOOLEAN -> schema.addBooleanProperty(p.name(), p.description().en());
                case STRING -> schema.addStringProperty(p.name(), p.description().en());
            }
        }
        schema.required(spec.required());
        return ToolSpecification.builder().name(spec.name()).description(spec.description().en()).parameters(schema.build()).build();
    }

    private static boolean grantsAnywhere(Person person, String code) {
        return person.grants().stream().map(Grant::codes).anyMatch(codes -> codes.contains("*") || codes.contains(code));
    }
}
