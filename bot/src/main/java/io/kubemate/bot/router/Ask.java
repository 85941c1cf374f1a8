package io.kubemate.bot.router;

import java.util.Arrays;
import java.util.List;

/**
 * What the router needs the person to tell it: a question from {@code prompts/messages_<lang>.properties}
 * ({@code route.ask.<key>}) and the words it quotes, so the question is asked in the person's language.
 */
public record Ask(String key, List<String> args) {

    public Ask {
        args = List.copyOf(args);
    }

    public static Ask of(String key, Object... args) {
        return new Ask(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    public String messageKey() {
        return "route.ask." + key;
    }
}
