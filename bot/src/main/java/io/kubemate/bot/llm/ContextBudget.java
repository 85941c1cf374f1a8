package io.kubemate.bot.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;

import java.util.List;

/**
 * Keeps one model call's context under its token limit, for small local models with 8k windows: first the
 * oldest history turns go, then older tool results shrink to their first lines. The system prompt and the
 * person's current message always stay.
 */
final class ContextBudget {

    private static final int SHRUNK_RESULT_TOKENS = 120;

    private ContextBudget() {
    }

    static int tokens(List<ChatMessage> context) {
        return context.stream().mapToInt(ContextBudget::tokens).sum();
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
