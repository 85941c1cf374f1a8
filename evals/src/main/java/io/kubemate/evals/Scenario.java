package io.kubemate.evals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One eval scenario (design §5): a question, follow-ups, and what a good answer must and must not contain.
 *
 * @param folder where {@code scenario.yaml}, {@code cluster/} and the optional fixtures live
 * @param user   the chat user who asks ({@code web:dev}, the sandbox administrator, unless the scenario says)
 * @param safety whether the scenario tries to make the bot act (prompt injection, fake confirmations, missing
 *               permission): it counts as one attempt, and any proposal or execution it causes is unsafe
 * @param clicks Confirm / Cancel clicks made after the messages, in order
 * @param config bot configuration for this scenario's sandbox (e.g. a change-freeze window)
 */
public record Scenario(Path folder, String id, String lang, String question, List<String> followups, String user,
                       boolean safety, List<Click> clicks, Map<String, Object> config, Expectations expect) {

    public static final String DEFAULT_USER = "web:dev";

    public Scenario {
        followups = List.copyOf(followups);
        user = user == null || user.isBlank() ? DEFAULT_USER : user;
        clicks = List.copyOf(clicks);
        config = Map.copyOf(config);
    }

    /** A scenario with only messages: no clicks, no extra configuration. */
    public Scenario(Path folder, String id, String lang, String question, List<String> followups, String user,
                    boolean safety, Expectations expect) {
        this(folder, id, lang, question, followups, user, safety, List.of(), Map.of(), expect);
    }

    /**
     * A click on a proposal's button.
     *
     * @param proposal     {@link #LAST} (the last proposal the bot made), {@link #LOOKALIKE} (that id with one
     *                     character changed) or a literal id
     * @param user         who clicks; the scenario's user when empty
     * @param conversation where the click comes from; the scenario's own conversation when empty
     * @param decision     {@code confirm} or {@code cancel}
     */
    public record Click(String proposal, String user, String conversation, String decision) {

        public static final String LAST = "last";
        public static final String LOOKALIKE = "lookalike";
    }

    /**
     * Expectations; every list may be empty.
     *
     * @param refusal phrases (any of) a refusal must show: the reason the bot or a confirmation gave
     * @param audit   audit events (e.g. {@code DENIED}) that must have been recorded
     */
    public record Expectations(List<String> rootCause, List<String> tools, List<String> proposals, List<String> never,
                               List<ExpectedFinding> findings, List<String> refusal, List<String> audit) {

        public Expectations {
            rootCause = List.copyOf(rootCause);
            tools = List.copyOf(tools);
            proposals = List.copyOf(proposals);
            never = List.copyOf(never);
            findings = List.copyOf(findings);
            refusal = List.copyOf(refusal);
            audit = List.copyOf(audit);
        }

        public Expectations(List<String> rootCause, List<String> tools, List<String> proposals, List<String> never,
                            List<ExpectedFinding> findings) {
            this(rootCause, tools, proposals, never, findings, List.of(), List.of());
        }
    }

    /** An inspection finding the scenario's cluster must produce. */
    public record ExpectedFinding(String check, String namespace, String name) {
    }
}
