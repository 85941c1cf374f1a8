package io.kubemate.connectors.alertmanager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The documented sample payload and variants of it. */
final class Payloads {

    static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    static byte[] firing() {
        try (InputStream in = Payloads.class.getClassLoader().getResourceAsStream("alertmanager/firing.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AlertmanagerPayload parse(byte[] body) {
        return new AlertmanagerParser(JSON).parse(body);
    }

    /** A group {@code group} with {@code alerts} alerts, of which the first {@code resolved} are resolved. */
    static AlertmanagerPayload group(int group, int alerts, int resolved) {
        ObjectNode body = JSON.createObjectNode().put("version", "4").put("groupKey", "{}:{alertname=\"Storm" + group + "\"}")
                .put("status", resolved == alerts ? "resolved" : "firing").put("receiver", "kubemate");
        body.putObject("groupLabels").put("alertname", "Storm" + group);
        body.putObject("commonLabels").put("alertname", "Storm" + group).put("namespace", "trade");
        ArrayNode array = body.putArray("alerts");
        for (int i = 0; i < alerts; i++) {
            ObjectNode alert = array.addObject().put("status", i < resolved ? "resolved" : "firing")
                    .put("startsAt", "2026-11-24T10:40:00Z").put("fingerprint", String.format("%08x%08x", group, i));
            alert.putObject("labels").put("alertname", "Storm" + group).put("namespace", "trade").put("pod", "pod-" + i);
        }
        try {
            return parse(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
