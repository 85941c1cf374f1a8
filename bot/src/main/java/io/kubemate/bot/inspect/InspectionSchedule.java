package io.kubemate.bot.inspect;

import io.kubemate.bot.chat.Language;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Set;

/**
 * {@code kubemate.inspection.schedules.<name>.*}: an inspection run on a schedule and posted to channels.
 *
 * @param name      the schedule's name (the configuration key)
 * @param cron      Micronaut cron with seconds first, e.g. {@code 0 0 8 * * *} for 08:00 every day
 * @param namespace one namespace, or empty for all
 * @param channels  where to post: {@code web:<conversation>} posts into a console thread
 * @param runAs     Kubernetes user the run impersonates; empty for the bot's own credentials
 * @param language  {@code en} (default) or {@code zh}: the language the report is posted in
 */
@EachProperty("kubemate.inspection.schedules")
public record InspectionSchedule(@Parameter String name, String cron, @Nullable String namespace, List<String> channels,
                                 @Nullable String runAs, @Nullable String language) {

    static final Set<String> LANGUAGES = Set.of("en", "zh");

    /** The report's language; English when none is configured. */
    public Language reportLanguage() {
        return Language.ofCode(language);
    }
}
