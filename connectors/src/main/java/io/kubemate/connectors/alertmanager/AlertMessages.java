package io.kubemate.connectors.alertmanager;

import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.LiteralText;
import io.kubemate.connectors.core.OutboundMessage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One message for one alert group: status and counts in the title, the common summary, the first alerts with
 * their distinguishing labels, and the buttons Investigate, Silence 1h and Runbook. Button values name the alert
 * and namespace, and the workload when a common label names one ({@code investigate:<alertname>:<namespace>[:<workload>]});
 * the bot turns them into a {@code diagnose} (or an inspection of the namespace), a
 * {@code silence_alert} proposal or a guided run of the runbook for the alert.
 */
public final class AlertMessages {

    static final int SHOWN_ALERTS = 10;

    /** Common labels naming the workload an alert group is about, most specific owner first. */
    private static final List<String> WORKLOAD_LABELS = List.of("deployment", "statefulset", "daemonset", "pod");

    private final AlertTexts texts;

    public AlertMessages(AlertTexts texts) {
        this.texts = texts;
    }

    public OutboundMessage of(AlertmanagerPayload payload) {
        Map<String, String> labels = payload.commonLabels();
        String alertname = labels.getOrDefault("alertname", payload.groupLabels().getOrDefault("alertname", "alert"));
        String namespace = labels.getOrDefault("namespace", "");
        long firing = payload.firingCount();
        long total = payload.alerts().size() + (long) payload.truncatedAlerts();
        String state = "firing".equals(payload.status()) ? texts.firing() + " " + firing : texts.resolved();
        OutboundMessage.Builder message = OutboundMessage.builder()
                .title("[" + state + "] " + alertname + (namespace.isEmpty() ? "" : " · " + namespace));
        String summary = payload.commonAnnotations().getOrDefault("summary", payload.commonAnnotations().get("description"));
        if (summary != null && !summary.isBlank()) {
            message.section(LiteralText.code(summary));
        }
        message.field(texts.firingCount(), Long.toString(firing + Math.max(0, payload.truncatedAlerts())));
        message.field(texts.resolvedCount(), Long.toString(payload.resolvedCount()));
        if (labels.containsKey("severity")) {
            message.field("severity", labels.get("severity"));
        }
        if (!payload.alerts().isEmpty()) {
            List<String> lines = payload.alerts().stream().limit(SHOWN_ALERTS).map(a -> line(a, labels)).collect(Collectors.toList());
            if (total > SHOWN_ALERTS) {
                lines.add(texts.more().replace("{0}", Long.toString(total - SHOWN_ALERTS)));
            }
            message.code("", String.join("\n", lines));
        }
        if (payload.externalUrl() != null && !payload.externalUrl().isBlank()) {
            message.source("Alertmanager", payload.externalUrl());
        }
        String target = alertname + ":" + namespace;
        String workload = WORKLOAD_LABELS.stream().map(labels::get).filter(v -> v != null && !v.isBlank()).findFirst()
                .map(v -> ":" + v).orElse("");
        message.button(Button.choice(texts.investigate(), "investigate:" + target + workload));
        if ("firing".equals(payload.status())) {
            message.button(Button.choice(texts.silence(), "silence:" + target + ":1h"));
        }
        String runbookUrl = payload.commonAnnotations().get("runbook_url");
        message.button(runbookUrl != null && runbookUrl.startsWith("http") ? Button.link(texts.runbook(), runbookUrl)
                : Button.choice(texts.runbook(), "runbook:" + target + workload));
        return message.build();
    }

    private static String line(AlertmanagerPayload.Alert alert, Map<String, String> common) {
        String own = alert.labels().entrySet().stream().filter(e -> !common.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return String.format("%-8s %s %s", alert.status(), alert.startsAt() == null ? "" : alert.startsAt(), own).stripTrailing();
    }
}
