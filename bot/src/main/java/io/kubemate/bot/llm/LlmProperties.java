package io.kubemate.bot.llm;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.llm.*}: the language model, if any. Switching between Ollama and an OpenAI-compatible server
 * (vLLM, Xinference, LM Studio, a hosted API) is configuration only.
 *
 * @param provider         {@code none} (router only), {@code ollama} or {@code openai}
 * @param baseUrl          the server; Ollama defaults to {@code http://127.0.0.1:11434}, an OpenAI-compatible one must be given
 * @param model            the model name
 * @param apiKey           for OpenAI-compatible servers that want one
 * @param timeout          one model call
 * @param numCtx           Ollama's context window ({@code num_ctx})
 * @param temperature      sampling temperature; low keeps tool calls steady
 * @param maxToolCalls     tool calls in one turn before the bot answers from what it has
 * @param maxContextTokens the whole context of one model call (system prompt, history, tool results), estimated
 * @param toolResultTokens the most one tool result may take of it
 * @param retryAfter       after the model was unreachable, how long the router answers before the model is tried again
 */
@ConfigurationProperties("kubemate.llm")
public record LlmProperties(@Bindable(defaultValue = "none") String provider,
                            @Nullable String baseUrl,
                            @Bindable(defaultValue = "qwen2.5:7b-instruct") String model,
                            @Nullable String apiKey,
                            @Bindable(defaultValue = "60s") Duration timeout,
                            @Bindable(defaultValue = "8192") int numCtx,
                            @Bindable(defaultValue = "0.1") double temperature,
                            @Bindable(defaultValue = "8") int maxToolCalls,
                            @Bindable(defaultValue = "6000") int maxContextTokens,
                            @Bindable(defaultValue = "1500") int toolResultTokens,
                            @Bindable(defaultValue = "30s") Duration retryAfter) {
}
