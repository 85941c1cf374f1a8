package io.kubemate.bot.chat.platform;

import io.kubemate.bot.proposal.ConfirmationService;
import io.kubemate.bot.proposal.Decision;
import io.kubemate.connectors.core.InboundAction;
import jakarta.inject.Singleton;

/**
 * The one place the hooks call the confirmation service. A click counts only in the conversation (thread) its
 * proposal was made in.
 */
@Singleton
public final class Confirmations {

    private final ConfirmationService confirmations;

    public Confirmations(ConfirmationService confirmations) {
        this.confirmations = confirmations;
    }

    public Decision decide(InboundAction click) {
        return confirmations.decide(click.proposalId(), click.chatUser(), click.conversation(), click.decision().word());
    }
}
