package io.kubemate.bot.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.StepExplainer;
import io.kubemate.tools.redact.Redactor;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link StepExplainer} with the configured model and {@code prompts/llm/explain_step_<lang>.md}; no tools offered. */
@Singleton
@Requires(beans = ChatModel.class)
final class ModelStepExplainer implements StepExplainer {

    private static final Logger LOG = LoggerFactory.getLogger(ModelStepExplainer.class);

    private final ChatModel model;
    private final LlmProperties properties;
    private final Redactor redactor;
    private final Map<Language, String> templates = new EnumMap<>(Language.class);

    ModelStepExplainer(ChatModel model, LlmProperties properties, Redactor redactor) {
        this.model = model;
        this.properties = properties;
        this.redactor = redactor;
        for (Language language : Language.values()) {
            templates.put(language, PromptFiles.text(PromptFiles.FOLDER + "explain_step_" + language.code() + ".md"));
        }
    }

    @Override
    public Optional<String> explain(Language language, String runbook, String step, String result) {
        String system = templates.get(language).replace("{{runbook}}", runbook).replace("{{step}}", step);
        String data = TokenEstimate.trim(redactor.redact(result), properties.toolResultTokens());
        try {
            String text = model.chat(List.of(SystemMessage.from(system), UserMessage.from(data))).aiMessage().text();
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(redactor.redact(text.strip()));
        } catch (RuntimeException e) {
            LOG.warn("the model could not explain a runbook step: {}", e.toString());
            return Optional.empty();
        }
    }
}
