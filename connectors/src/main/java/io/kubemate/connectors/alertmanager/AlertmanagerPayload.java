package io.kubemate.connectors.alertmanager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/** Alertmanager's webhook body, version 4, as documented in its configuration reference. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertmanagerPayload(String version, String groupKey, int truncatedAlerts, String status, String receiver,
                                  Map<String, String> groupLabels, Map<String, String> commonLabels,
                                  Map<String, String> commonAnnotations, @JsonProperty("externalURL") String externalUrl,
                                  List<Alert> alerts) {

    public AlertmanagerPayload {
        groupLabels = groupLabels == null ? Map.of() : Map.copyOf(groupLabels);
        commonLabels = commonLabels == null ? Map.of() : Map.copyOf(commonLabels);
        commonAnnotations = commonAnnotations == null ? Map.of() : Map.copyOf(commonAnnotations);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /** One alert of the group. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alert(String status, Map<String, String> labels, Map<String, String> annotations, String startsAt,
                        String endsAt, @JsonProperty("generatorURL") String generatorUrl, String fingerprint) {

        public Alert {
            labels = labels == null ? Map.of() : Map.copyOf(labels);
            annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
        }

        public boolean firing() {
            return "firing".equals(status);
        }
    }

    public long firingCount() {
        return alerts.stream().filter(Alert::firing).count();
    }

    public long resolvedCount() {
        return alerts.size() - firingCount();
    }
}
