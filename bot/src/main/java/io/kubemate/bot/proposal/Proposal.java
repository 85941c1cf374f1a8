package io.kubemate.bot.proposal;

import java.time.Instant;
import java.util.Map;

/**
 * A change waiting for a person: made by code from validated, dry-run parameters, never by a model. It is
 * bound to the person who asked and the conversation it was asked in, and it expires.
 */
public record Proposal(String id, String action, Map<String, Object> args, String diff, String target, String risk,
                       String requester, String conversation, Instant createdAt, Instant expiresAt, boolean needsApprover) {

    public Proposal {
        args = Map.copyOf(args);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
