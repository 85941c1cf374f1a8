package io.kubemate.bot.llm;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.identity.Person;
import io.kubemate.tools.spec.ToolSpec;
import io.kubemate.tools.spec.ToolSpecs;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The system prompt of {@code prompts/llm/system_<lang>.md}, with the change tools of the catalog, the person and
 * the date filled in.
 */
@Singleton
final class SystemPrompt {

    private final Map<Language, String> templates = new EnumMap<>(Language.class);
    private final Clock clock;

    SystemPrompt(Clock clock, ToolSpecs tools) {
        this.clock = clock;
        List<String> changes = tools.all().stream().filter(ToolSpec::isAction).map(ToolSpec::name).toList();
        for (Language language : Language.values()) {
            String separator = language == Language.ZH ? "、" : ", ";
            templates.put(language, PromptFiles.systemTemplate(language).replace("{{change_tools}}", String.join(separator, changes)));
        }
    }

    String render(Language language, Person person) {
        return templates.get(language)
                .replace("{{user}}", person.displayName() + " (" + person.chatUser() + ")")
                .replace("{{identity}}", person.subject().user())
                .replace("{{date}}", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
    }
}
