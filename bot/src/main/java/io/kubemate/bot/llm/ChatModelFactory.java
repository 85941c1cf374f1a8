package io.kubemate.bot.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

/**
 * The langchain4j chat model for {@code kubemate.llm.provider}. Built here rather than through
 * micronaut-langchain4j, whose jars are not available on the project's registries. Retries are off: a slow
 * model should fall back to the router quickly, not be asked three times.
 */
@Factory
final class ChatModelFactory {

    static final String OLLAMA_DEFAULT = "http://127.0.0.1:11434";

    @Singleton
    @Requires(property = "kubemate.llm.provider", pattern = "ollama|openai")
    ChatModel chatModel(LlmProperties llm) {
        return switch (llm.provider()) {
            case "ollama" -> OllamaChatModel.builder()
                    .baseUrl(llm.baseUrl() == null || llm.baseUrl().isBlank() ? OLLAMA_DEFAULT : llm.baseUrl())
                    .modelName(llm.model())
                    .timeout(llm.timeout())
                    .numCtx(llm.numCtx())
                    .temperature(llm.temperature())
                    .maxRetries(0)
                    .build();
            case "openai" -> {
                if (llm.baseUrl() == null || llm.baseUrl().isBlank()) {
                    throw new ConfigurationException("kubemate.llm.base-url is required for an OpenAI-compatible server, e.g. http://vllm:8000/v1");
                }
                yield OpenAiChatModel.builder()
                        .baseUrl(llm.baseUrl())
                        .apiKey(llm.apiKey() == null || llm.apiKey().isBlank() ? "none" : llm.apiKey())
                        .modelName(llm.model())
                        .timeout(llm.timeout())
                        .temperature(llm.temperature())
                        .maxRetries(0)
                        .build();
            }
            default -> throw new ConfigurationException("kubemate.llm.provider must be none, ollama or openai");
        };
    }
}
