package io.kubemate.bot.hooks;

import io.kubemate.bot.proposal.ConfirmationService;
import io.kubemate.bot.proposal.Decision;
import io.kubemate.connectors.core.InboundAction;
import jakarta.inject.Singleton;

/**
 * The one place the hooks call the confirmation service, so a change of its signature (the conversation is being
 * added) touches this method only.
 */
@Singleton
public final class Confirmations {

    private final ConfirmationService confirmations;

    public Confirmations(ConfirmationService confirmations) {
        this.confirmations = confirmations;
    }

    public Decision decide(InboundAction click) {
        return confirmations.decide(click.proposalId(), click.chatUser(), click.decision().word());
    }
}
