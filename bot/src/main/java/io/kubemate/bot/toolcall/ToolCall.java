package io.kubemate.bot.toolcall;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call of a catalog tool: its name, its arguments, and the person's own message it answers (null for a runbook
 * step), against which a change is checked.
 */
public record ToolCall(String tool, Map<String, Object> args, String message) {

    public ToolCall {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }
}
