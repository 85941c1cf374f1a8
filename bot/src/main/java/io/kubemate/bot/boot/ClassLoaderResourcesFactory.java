package io.kubemate.bot.boot;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.env.Environment;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.resource.ResourceLoaderFactory;
import jakarta.inject.Singleton;

/** The class-path resource loader Micronaut's beans use (the console's static files): {@link ClassLoaderResources}. */
@Factory
final class ClassLoaderResourcesFactory {

    @Singleton
    @Replaces(value = ClassPathResourceLoader.class, factory = ResourceLoaderFactory.class)
    ClassPathResourceLoader classPathResourceLoader(Environment environment) {
        return new ClassLoaderResources(environment.getClassLoader());
    }
}
