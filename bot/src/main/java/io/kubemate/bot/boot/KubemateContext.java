package io.kubemate.bot.boot;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.DefaultApplicationContextBuilder;
import io.micronaut.core.io.scan.ClassPathResourceLoader;

/**
 * The application context builder every command starts from: Micronaut's own, reading class-path resources through
 * {@link ClassLoaderResources}, without deducing the environment (no cloud probes; the bot is told where it runs).
 */
public final class KubemateContext extends DefaultApplicationContextBuilder {

    private ClassPathResourceLoader resources;

    private KubemateContext() {
        deduceEnvironment(false);
    }

    public static ApplicationContextBuilder builder() {
        return new KubemateContext();
    }

    @Override
    public ClassPathResourceLoader getResourceLoader() {
        if (resources == null || resources.getClassLoader() != getClassLoader()) {
            resources = new ClassLoaderResources(getClassLoader());
        }
        return resources;
    }
}
