package io.kubemate.tools.metrics;

import java.time.Instant;

/** One point of a series. */
public record Sample(Instant time, double value) {
}
