package io.kubemate.bot.boot;

import io.micronaut.core.io.service.SoftServiceLoader.StaticDefinition;
import io.micronaut.core.io.service.SoftServiceLoader.StaticServiceLoader;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The implementations of one service type named by the {@link ServiceIndex}. As in Micronaut's own scan, one whose
 * class or whose dependencies are missing is left out rather than failing the start.
 */
record IndexedServices<S>(ClassLoader classLoader, List<String> implementations) implements StaticServiceLoader<S> {

    private static final MethodType NO_ARGUMENTS = MethodType.methodType(void.class);

    @Override
    public Stream<StaticDefinition<S>> findAll(Predicate<String> condition) {
        return implementations.parallelStream()
                .filter(condition)
                .map(this::definition)
                .filter(Objects::nonNull);
    }

    @SuppressWarnings("unchecked")
    private StaticDefinition<S> definition(String name) {
        try {
            Class<?> type = Class.forName(name, false, classLoader);
            S instance = (S) MethodHandles.publicLookup().findConstructor(type, NO_ARGUMENTS).invoke();
            return StaticDefinition.of(name, () -> instance);
        } catch (ClassNotFoundException | LinkageError | NoSuchMethodException | IllegalAccessException e) {
            return null;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make the service " + name, e);
        }
    }
}
