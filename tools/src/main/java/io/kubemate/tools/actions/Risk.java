package io.kubemate.tools.actions;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How much harm a mistaken call can do; declared by each action. */
public enum Risk {
    READ, WRITE, DESTRUCTIVE;

    /** The lower-case word shown to people and written in JSON (proposal cards, stored proposals). */
    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
