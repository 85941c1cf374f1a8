package io.kubemate.tools.logs;

import java.time.Duration;

/**
 * What {@code logs_query} was asked: a namespace and an app or a pod (exact names), an optional text the lines
 * must contain, how far back ({@code since}, null for the default) and at most how many lines.
 */
public record LogsRequest(String namespace, String app, String pod, String contains, Duration since, Integer limit) {
}
