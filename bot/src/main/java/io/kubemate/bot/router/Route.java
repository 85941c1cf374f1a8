package io.kubemate.bot.router;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * How the router understood a message: the tool, its resolved arguments and how sure it is. When it
 * needs the person to choose, {@code ask} says why, {@code candidates} lists the choices and {@code choices}
 * the messages that pick each of them (buttons in chat).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Route(String tool, Map<String, Object> args, double confidence, Ask ask, List<String> candidates,
                    List<Choice> choices) {

    public Route {
        args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public Route(String tool, Map<String, Object> args, double confidence, Ask ask, List<String> candidates) {
        this(tool, args, confidence, ask, candidates, List.of());
    }

    public static Route of(String tool, Map<String, Object> args, double confidence) {
        return new Route(tool, args, confidence, null, List.of());
    }

    public static Route unknown() {
        return new Route(null, Map.of(), 0.0, null, List.of());
    }

    public Route withChoices(List<Choice> picks) {
        return new Route(tool, args, confidence, ask, candidates, picks);
    }

    public boolean understood() {
        return tool != null && ask == null;
    }
}
