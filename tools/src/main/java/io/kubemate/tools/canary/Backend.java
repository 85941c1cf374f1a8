package io.kubemate.tools.canary;

/** One weighted backend of a split: a Service and its weight (relative to the other backends' weights). */
public record Backend(String service, long weight) {
}
