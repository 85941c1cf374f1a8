package io.kubemate.bot.identity;

import io.kubemate.bot.audit.AuditEntry;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The one place a chat user Kubemate does not know (or has disabled) is turned away: the refusal is audited as
 * {@code DENIED} with action {@code unknown-user} (or {@code disabled-user}), the identity they presented and where the
 * request came from, before the refusal is returned to be shown.
 */
@Singleton
public final class Refusals {

    private final IdentityResolver identities;
    private final BeanProvider<AuditLog> audit;

    public Refusals(IdentityResolver identities, BeanProvider<AuditLog> audit) {
        this.identities = identities;
        this.audit = audit;
    }

    /** Audits the refusal of {@code chatUser} and returns the reason to show them. */
    public String refuse(String chatUser, String source, String conversation) {
        String reason = identities.refusal(chatUser);
        boolean disabled = identities.disabled(chatUser);
        audit.get().record(new AuditEntry(AuditEvent.DENIED, chatUser, "(none)", disabled ? "disabled-user" : "unknown-user",
                Map.of("source", source == null ? "(unknown)" : source), null, reason, conversation));
        return reason;
    }
}
