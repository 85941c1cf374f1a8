package io.kubemate.bot.proposal;

import io.kubemate.tools.actions.Risk;

import java.time.Instant;
import java.util.Map;

/**
 * A change waiting for a person: made by code from validated, dry-run parameters, never by a model. It is
 * bound to the person who asked, the conversation it was asked in, and the state of its target when it was
 * planned ({@code state}: the values the change replaces); it expires.
 */
public record Proposal(String id, String action, Map<String, Object> args, String diff, String target, Risk risk,
                       String requester, String conversation, Instant createdAt, Instant expiresAt, boolean needsApprover,
                       Map<String, Object> state) {

    public Proposal {
        args = Map.copyOf(args);
        state = state == null ? Map.of() : Map.copyOf(state);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** What a person is shown and answers: the fields of {@code proposals[]} in the chat API. */
    public ProposalCard card() {
        return new ProposalCard(id, action, args, diff, risk, expiresAt.toString(), needsApprover);
    }
}
