package io.kubemate.knowledge.runbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One numbered step of a runbook. {@code tool} and {@code args} are empty for a prose step; {@code variables}
 * are the {@code ${name}} placeholders the step's block needs bound before it can run.
 */
public record Step(int number, String text, StepKind kind, String tool, Map<String, String> args,
                   Set<String> variables, int line) {

    public Step {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        variables = Collections.unmodifiableSet(new LinkedHashSet<>(variables));
    }
}
