package io.kubemate.connectors.alertmanager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.MalformedRequestException;

import java.io.IOException;

/** Reads and checks a webhook body: version 4 with a group key and a status. */
public final class AlertmanagerParser {

    private final ObjectMapper json;

    public AlertmanagerParser(ObjectMapper json) {
        this.json = json;
    }

    public AlertmanagerPayload parse(byte[] rawBody) {
        AlertmanagerPayload payload;
        try {
            payload = json.readValue(rawBody, AlertmanagerPayload.class);
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException("Alertmanager body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedRequestException("Alertmanager body could not be read: " + e.getMessage());
        }
        if (payload == null) {
            throw new MalformedRequestException("Alertmanager body is empty");
        }
        if (!"4".equals(payload.version())) {
            throw new MalformedRequestException("Alertmanager webhook version " + payload.version() + " is not supported (expected 4)");
        }
        if (payload.groupKey() == null || payload.groupKey().isBlank()) {
            throw new MalformedRequestException("Alertmanager body has no groupKey");
        }
        if (!"firing".equals(payload.status()) && !"resolved".equals(payload.status())) {
            throw new MalformedRequestException("Alertmanager status must be firing or resolved, not " + payload.status());
        }
        return payload;
    }
}
