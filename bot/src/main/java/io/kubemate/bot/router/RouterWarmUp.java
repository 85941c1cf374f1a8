package io.kubemate.bot.router;

import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the server has started, makes the free-text router and reads its example vectors on a virtual thread, so
 * that no person waits for them and the start does not wait either: the router needs the cluster, which a
 * sandbox may still be building.
 */
@Singleton
final class RouterWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(RouterWarmUp.class);

    private final BeanProvider<FreeTextRouter> router;

    RouterWarmUp(BeanProvider<FreeTextRouter> router) {
        this.router = router;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        Thread.ofVirtual().name("router-examples").start(() -> {
            try {
                router.get().warmUp();
            } catch (RuntimeException e) {
                LOG.warn("router examples not read at start ({}); they are read at the first free-text question", e.getMessage());
            }
        });
    }
}
