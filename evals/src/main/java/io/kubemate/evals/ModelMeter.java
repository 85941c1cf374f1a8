package io.kubemate.evals;

/**
 * What the model was asked in one scenario: calls, tool calls it made, and tokens as the model server reported
 * them (Ollama's {@code prompt_eval_count}/{@code eval_count}, OpenAI's {@code usage}).
 */
public final class ModelMeter {

    private int calls;
    private int toolCalls;
    private long promptTokens;
    private long completionTokens;
    private long largestPrompt;

    synchronized void record(long prompt, long completion, int toolCallsMade) {
        calls++;
        toolCalls += toolCallsMade;
        promptTokens += prompt;
        completionTokens += completion;
        largestPrompt = Math.max(largestPrompt, prompt);
    }

    public synchronized Usage usage() {
        return new Usage(calls, toolCalls, promptTokens, completionTokens, largestPrompt);
    }

    /** A snapshot; tokens per model call are {@code (prompt + completion) / calls}; the largest prompt of one call. */
    public record Usage(int calls, int toolCalls, long promptTokens, long completionTokens, long largestPrompt) {

        public long tokensPerCall() {
            return calls == 0 ? 0 : (promptTokens + completionTokens) / calls;
        }
    }
}
