package io.kubemate.bot.proposal;

import io.kubemate.tools.actions.Action;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The actions this bot can propose, found by injection. */
@Singleton
public final class ActionCatalog {

    private final Map<String, Action> actions;

    public ActionCatalog(List<Action> actions) {
        this.actions = actions.stream().collect(Collectors.toUnmodifiableMap(Action::name, Function.identity()));
    }

    public Optional<Action> find(String name) {
        return Optional.ofNullable(actions.get(name));
    }
}
