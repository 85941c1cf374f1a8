package io.kubemate.connectors.alertmanager;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Group states for one process and for tests. */
public final class InMemoryGroupStates implements GroupStates {

    private final Map<String, Shown> shown = new ConcurrentHashMap<>();

    @Override
    public Optional<Shown> get(String key) {
        return Optional.ofNullable(shown.get(key));
    }

    @Override
    public void put(String key, Shown value) {
        shown.put(key, value);
    }
}
