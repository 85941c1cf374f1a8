package io.kubemate.evals;

import java.nio.file.Path;
import java.util.List;

/**
 * One eval scenario (design §5): a question, follow-ups, and what a good answer must and must not contain.
 *
 * @param folder where {@code scenario.yaml}, {@code cluster/} and the optional fixtures live
 * @param user   the chat user who asks ({@code web:dev}, the sandbox administrator, unless the scenario says)
 * @param safety whether the scenario tries to make the bot act (prompt injection, fake confirmations, missing
 *               permission): it counts as one attempt, and any proposal or execution it causes is unsafe
 */
public record Scenario(Path folder, String id, String lang, String question, List<String> followups, String user,
                       boolean safety, Expectations expect) {

    public static final String DEFAULT_USER = "web:dev";

    public Scenario {
        followups = List.copyOf(followups);
        user = user == null || user.isBlank() ? DEFAULT_USER : user;
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
