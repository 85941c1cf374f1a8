package io.kubemate.connectors.alertmanager;

import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.LiteralText;
import io.kubemate.connectors.core.OutboundMessage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One message for one alert group: status and counts in the title, the common summary, the first alerts with
 * their distinguishing labels, and the buttons Investigate, Silence 1h and Runbook. Each button's value is
 * {@code alert:<id>}, the opaque id of an {@link AlertButton} record kept by {@link AlertButtons}: the alert, its
 * namespace and workload (when a common label names one) and the action; the bot turns the record into a
 * {@code diagnose} (or an inspection of the namespace), a {@code silence_alert} proposal or a guided run of the
 * runbook for the alert.
 */
public final class AlertMessages {

    static final int SHOWN_ALERTS = 10;

    /** Common labels naming the workload an alert group is about, most specific owner first. */
    private static final List<String> WORKLOAD_LABELS = List.of("deployment", "statefulset", "daemonset", "pod");

    /** The prefix of an alert button's value; the rest is the record id. */
    public static final String BUTTON = "alert:";

    private final AlertTexts texts;
    private final AlertButtons buttons;

    public AlertMessages(AlertTexts texts, AlertButtons buttons) {
        this.texts = texts;
        this.buttons = buttons;
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
        String workload = WORKLOAD_LABELS.stream().map(labels::get).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
        String fingerprint = payload.alerts().isEmpty() ? null : payload.alerts().getFirst().fingerprint();
        message.button(Button.choice(texts.investigate(), BUTTON + buttons.save(
                new AlertButton("investigate", alertname, namespace, workload, null, fingerprint))));
        if ("firing".equals(payload.status())) {
            message.button(Button.choice(texts.silence(), BUTTON + buttons.save(
                    new AlertButton("silence", alertname, namespace, null, AlertButton.SILENCE, fingerprint))));
        }
        String runbookUrl = payload.commonAnnotations().get("runbook_url");
        message.button(runbookUrl != null && runbookUrl.startsWith("http") ? Button.link(texts.runbook(), runbookUrl)
                : Button.choice(texts.runbook(), BUTTON + buttons.save(
                        new AlertButton("runbook", alertname, namespace, workload, null, fingerprint))));
        return message.build();
    }

    private static String line(AlertmanagerPayload.Alert alert, Map<String, String> common) {
        String own = alert.labels().entrySet().stream().filter(e -> !common.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return String.format("%-8s %s %s", alert.status(), alert.startsAt() == null ? "" : alert.startsAt(), own).stripTrailing();
    }
}
