package io.kubemate.bot.boot;

import io.micronaut.core.io.service.SoftServiceLoader.StaticServiceLoader;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The services of a jar whose index lists all of them: a type the index does not name has no implementation in the
 * jar, so it gets an empty loader instead of sending Micronaut to scan the jar for it (Micronaut asks for several
 * such types, e.g. {@code ApplicationContextConfigurer}, and one scan is the cost the index avoids).
 */
final class WholeJarServices extends AbstractMap<String, StaticServiceLoader<?>> {

    private final Map<String, StaticServiceLoader<?>> indexed;
    private final StaticServiceLoader<?> none;

    WholeJarServices(Map<String, StaticServiceLoader<?>> indexed, ClassLoader classLoader) {
        this.indexed = Map.copyOf(indexed);
        this.none = new IndexedServices<>(classLoader, List.of());
    }

    @Override
    public StaticServiceLoader<?> get(Object type) {
        return type instanceof String ? indexed.getOrDefault(type, none) : null;
    }

    @Override
    public boolean containsKey(Object type) {
        return type instanceof String;
    }

    @Override
    public Set<Entry<String, StaticServiceLoader<?>>> entrySet() {
        return indexed.entrySet();
    }
}
