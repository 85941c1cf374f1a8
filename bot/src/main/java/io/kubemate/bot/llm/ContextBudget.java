package io.kubemate.bot.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;

import java.util.List;
import java.util.Map;

/**
 * Keeps one model call's context under its token limit, for small local models with 8k windows: first the
 * oldest history turns go, then older tool results shrink to their first lines, then the newest result gives up what
 * does not fit. The system prompt and the
 * person's current message always stay. The tools offered in the call count too ({@link #tools}).
 */
final class ContextBudget {

    private static final int SHRUNK_RESULT_TOKENS = 120;
    /** {"type":"function","function":{"name":,"description":,"parameters":{"type":"object","properties":{},"required":[]}}} */
    private static final int TOOL_FRAMING = 24;
    /** "":{"type":"string","description":""}, */
    private static final int PARAMETER_FRAMING = 9;

    private ContextBudget() {
    }

    static int tokens(List<ChatMessage> context) {
        return context.stream().mapToInt(ContextBudget::tokens).sum();
    }

    /**
     * What the offered tools' definitions take of the context: the model server renders them into the prompt as
     * JSON, so the words plus that JSON's fixed framing per tool and per parameter.
     */
    static int tools(List<ToolSpecification> offered) {
        return offered.stream().mapToInt(ContextBudget::tool).sum();
    }

    private static int tool(ToolSpecification spec) {
        int tokens = TOOL_FRAMING + TokenEstimate.of(spec.name()) + TokenEstimate.of(spec.description());
        JsonObjectSchema parameters = spec.parameters();
        if (parameters != null) {
            for (Map.Entry<String, JsonSchemaElement> p : parameters.properties().entrySet()) {
                tokens += PARAMETER_FRAMING + TokenEstimate.of(p.getKey()) + TokenEstimate.of(p.getValue().description());
            }
            tokens += parameters.required() == null ? 0 : parameters.required().stream().mapToInt(r -> 1 + TokenEstimate.of(r)).sum();
        }
        return tokens;
    }

    static void fit(List<ChatMessage> context, int limit) {
        int current = lastUserMessage(context);
        while (tokens(context) > limit && current > 1 && !(context.get(1) instanceof ToolExecutionResultMessage)
                && context.get(1) != context.get(current)) {
            context.remove(1);
            current--;
        }
        for (int i = current + 1; i < context.size() - 1 && tokens(context) > limit; i++) {
            if (context.get(i) instanceof ToolExecutionResultMessage result && TokenEstimate.of(result.text()) > SHRUNK_RESULT_TOKENS) {
                context.set(i, ToolExecutionResultMessage.from(result.id(), result.toolName(),
                        TokenEstimate.trim(result.text(), SHRUNK_RESULT_TOKENS)));
            }
        }
        // the newest result is kept whole while it fits; when the fixed parts (prompt, question, tool definitions) grow,
        // it gives up its tail rather than the call going over the model's window
        int last = context.size() - 1;
        if (tokens(context) > limit && last > current && context.get(last) instanceof ToolExecutionResultMessage result) {
            int room = Math.max(SHRUNK_RESULT_TOKENS, TokenEstimate.of(result.text()) - (tokens(context) - limit) - 20);
            context.set(last, ToolExecutionResultMessage.from(result.id(), result.toolName(), TokenEstimate.trim(result.text(), room)));
        }
    }

    private static int lastUserMessage(List<ChatMessage> context) {
        for (int i = context.size() - 1; i >= 0; i--) {
            if (context.get(i) instanceof UserMessage) {
                return i;
            }
        }
        return 0;
    }

    private static int tokens(ChatMessage message) {
        return 4 + switch (message) {
            case SystemMessage s -> TokenEstimate.of(s.text());
            case UserMessage u -> TokenEstimate.of(u.singleText());
            case AiMessage a -> TokenEstimate.of(a.text()) + (a.hasToolExecutionRequests()
                    ? a.toolExecutionRequests().stream().mapToInt(r -> TokenEstimate.of(r.name() + r.arguments())).sum() : 0);
            case ToolExecutionResultMessage t -> TokenEstimate.of(t.text());
            default -> 0;
        };
    }
}
