package io.kubemate.bot.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContextBudgetTest {

    private static String lines(int count, String text) {
        return (text + "\n").repeat(count);
    }

    @Test
    void drops_old_history_first_then_shrinks_older_tool_results_but_keeps_the_question() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("1").name("pod_logs").arguments("{}").build();
        List<ChatMessage> context = new ArrayList<>(List.of(
                SystemMessage.from("system"),
                UserMessage.from(lines(400, "an old question about yesterday's incident")),
                AiMessage.from(lines(400, "an old answer with many details")),
                UserMessage.from("why is payment-api restarting?"),
                AiMessage.from(List.of(call)),
                ToolExecutionResultMessage.from(call, lines(300, "2026-11-23T09:46:54Z ERROR invalid duration for PAYMENT_GATEWAY_TIMEOUT")),
                AiMessage.from(List.of(call)),
                ToolExecutionResultMessage.from(call, lines(50, "the newest result"))));

        ContextBudget.fit(context, 2000);

        assertTrue(ContextBudget.tokens(context) <= 2000, "tokens: " + ContextBudget.tokens(context));
        assertEquals("system", ((SystemMessage) context.getFirst()).text());
        assertEquals("why is payment-api restarting?", ((UserMessage) context.get(1)).singleText());
        assertTrue(((ToolExecutionResultMessage) context.get(3)).text().contains("cut to fit the context budget"));
        assertEquals(lines(50, "the newest result"), ((ToolExecutionResultMessage) context.getLast()).text());
    }

    @Test
    void the_newest_result_gives_up_its_tail_only_when_nothing_else_is_left_to_cut() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("1").name("diagnose").arguments("{}").build();
        List<ChatMessage> context = new ArrayList<>(List.of(
                SystemMessage.from(lines(100, "a long system prompt line")),
                UserMessage.from("why is payment-api restarting?"),
                AiMessage.from(List.of(call)),
                ToolExecutionResultMessage.from(call, lines(200, "a diagnosis line with its evidence"))));

        ContextBudget.fit(context, 1500);

        assertTrue(ContextBudget.tokens(context) <= 1500, "tokens: " + ContextBudget.tokens(context));
        String newest = ((ToolExecutionResultMessage) context.getLast()).text();
        assertTrue(newest.startsWith("a diagnosis line with its evidence\n"), newest);
        assertTrue(newest.contains("cut to fit the context budget"), newest);
    }
}
