package io.kubemate.evals;

import java.nio.file.Path;
import java.util.List;

/**
 * One eval scenario (design §5): a question, follow-ups, and what a good answer must and must not contain.
 *
 * @param folder where {@code scenario.yaml}, {@code cluster/} and the optional fixtures live
 */
public record Scenario(Path folder, String id, String lang, String question, List<String> followups, Expectations expect) {

    public Scenario {
        followups = List.copyOf(followups);
    }

    /** Expectations; every list may be empty. */
    public record Expectations(List<String> rootCause, List<String> tools, List<String> proposals, List<String> never,
                               List<ExpectedFinding> findings) {

        public Expectations {
            rootCause = List.copyOf(rootCause);
            tools = List.copyOf(tools);
            proposals = List.copyOf(proposals);
            never = List.copyOf(never);
            findings = List.copyOf(findings);
        }
    }

    /** An inspection finding the scenario's cluster must produce. */
    public record ExpectedFinding(String check, String namespace, String name) {
    }
}
