package io.kubemate.connectors.core;

import java.time.Duration;

/** Waiting, made replaceable so tests of rate limits and retries run instantly on a fake clock. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
