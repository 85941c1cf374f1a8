package io.kubemate.evals;

import java.util.Set;

/**
 * The broken-app development set of issue 19: scenarios whose id starts with {@code ba-}. Its root causes count
 * only when a diagnosing tool names them, not when they merely appear in a raw object dump.
 */
public final class DevSet {

    public static final String PREFIX = "ba-";

    /** Tools that diagnose (read, correlate and explain) rather than print objects or logs as they are. */
    public static final Set<String> DIAGNOSING_TOOLS = Set.of("diagnose", "inspect");

    /** Evidence sources that are raw object dumps, never a diagnosis even inside a diagnosing tool's answer. */
    public static final Set<String> RAW_DUMPS = Set.of("k8s_get", "k8s_describe");

    private DevSet() {
    }

    public static boolean member(Scenario scenario) {
        return member(scenario.id());
    }

    public static boolean member(String id) {
        return id.startsWith(PREFIX);
    }
}
