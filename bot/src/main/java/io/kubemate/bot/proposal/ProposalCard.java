package io.kubemate.bot.proposal;

import io.kubemate.tools.actions.Risk;

import java.util.Map;

/**
 * What a person is shown of a proposal and answers with Confirm / Cancel: one entry of {@code proposals[]} in the
 * chat API, and the fresh proposal of a {@link Decision}. {@code expiresAt} is the ISO-8601 instant.
 */
public record ProposalCard(String id, String action, Map<String, Object> args, String diff, Risk risk, String expiresAt,
                           boolean needsApprover) {

    public ProposalCard {
        args = Map.copyOf(args);
    }
}
