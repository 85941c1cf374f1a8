package io.kubemate.bot.shutdown;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.concurrent.CountDownLatch;

/** Test-only: holds a request in flight until the test releases it. */
@Singleton
@Requires(property = SlowRequests.ENABLED, value = "true")
public final class SlowRequests {

    static final String ENABLED = "test.slow-requests";

    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
}
