package io.kubemate.connectors.alertmanager;

import java.time.Duration;

/**
 * What one alert button does, kept on the server: the action ({@code investigate}, {@code silence}, {@code runbook}),
 * the alert it is about (its labels, taken as they are), and for a silence its fixed duration. The button itself
 * carries only the opaque id of this record, so no label text can change what it does.
 */
public record AlertButton(String action, String alertname, String namespace, String workload, Duration duration,
                          String fingerprint) {

    public static final Duration SILENCE = Duration.ofHours(1);
}
