package io.kubemate.bot.chat.platform.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.state.StateStore;
import io.kubemate.connectors.alertmanager.AlertButton;
import io.kubemate.connectors.alertmanager.AlertButtons;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Alert buttons' records in the state store (Redis across replicas) for a week, under 128 random bits: the button
 * carries only the id, so neither alert labels nor a forged click can name another alert, namespace or duration.
 */
@Singleton
public final class AlertButtonStore implements AlertButtons {

    static final Duration TTL = Duration.ofDays(7);

    private final StateStore store;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public AlertButtonStore(StateStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public String save(AlertButton button) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        try {
            store.put(key(id), json.writeValueAsString(button), TTL);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert button is always serialisable", e);
        }
        return id;
    }

    /** The record behind a button, if it exists and has not expired. */
    public Optional<AlertButton> find(String id) {
        if (id == null || !id.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return store.get(key(id)).map(text -> {
            try {
                return json.readValue(text, AlertButton.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable alert button in the state store", e);
            }
        });
    }

    private static String key(String id) {
        return "alert-button:" + id;
    }
}
