package io.kubemate.bot.router;

import java.util.Map;

/** What a message asks for before names are checked against the cluster: a tool and raw slots. */
public record Intent(String tool, Map<String, String> slots, double confidence) {

    public Intent {
        slots = Map.copyOf(slots);
    }

    public String slot(String name) {
        String value = slots.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
