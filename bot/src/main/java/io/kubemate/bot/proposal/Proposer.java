package io.kubemate.bot.proposal;

import io.kubemate.bot.audit.AuditEntry;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.identity.ServiceAccounts;
import io.kubemate.bot.toolcall.Tools;
import io.kubemate.tools.actions.Action;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an understood request for a change into a proposal: validated and dry-run as the person, audited,
 * stored with an expiry. Nothing here executes anything.
 */
@Singleton
public final class Proposer {

    private final Tools actions;
    private final PlanAsUser planner;
    private final ProposalStore store;
    private final AuditLog audit;
    private final ActionProperties properties;
    private final Guardrails guardrails;
    private final ServiceAccounts serviceAccounts;
    private final Clock clock;

    public Proposer(Tools actions, PlanAsUser planner, ProposalStore store, AuditLog audit, ActionProperties properties,
                    Guardrails guardrails, ServiceAccounts serviceAccounts, Clock clock) {
        this.actions = actions;
        this.planner = planner;
        this.store = store;
        this.audit = audit;
        this.properties = properties;
        this.guardrails = guardrails;
        this.serviceAccounts = serviceAccounts;
        this.clock = clock;
    }

    public ProposalOutcome propose(Person person, String conversation, String actionName, Map<String, Object> args) {
        Subject subject = person.subject();
        String requester = person.chatUser();
        Optional<Action> action = actions.action(actionName);
        if (action.isEmpty()) {
            return refuse(subject, requester, conversation, actionName, args, Reason.of("action.unavailable", actionName));
        }
        String namespace = args.get("namespace") == null ? null : args.get("namespace").toString();
        if (!person.may(action.get().permission(), namespace)) {
            return refuse(subject, requester, conversation, actionName, args, namespace == null
                    ? Reason.of("grant.none", action.get().permission()) : Reason.of("grant.missing", action.get().permission(), namespace));
        }
        Optional<String> noIdentity = serviceAccounts.problem(person);
        if (noIdentity.isPresent()) {
            return refuse(subject, requester, conversation, actionName, args, noIdentity.get());
        }
        PlanAsUser.Planned planned = planner.plan(subject, action.get(), args);
        if (planned.plan() == null) {
            return planned.why() == null ? refuse(subject, requester, conversation, actionName, args, planned.refusal())
                    : refuse(subject, requester, conversation, actionName, args, planned.why());
        }
        Instant now = clock.instant();
        Optional<Reason> guarded = guardrails.refusal(planned.plan(), now);
        if (guarded.isPresent()) {
            return refuse(subject, requester, conversation, actionName, args, guarded.get());
        }
        boolean fourEyes = guardrails.fourEyesRule(actionName, Guardrails.namespaceOf(planned.plan())).isPresent();
        Proposal proposal = new Proposal(store.newId(), actionName, planned.plan().args(), planned.plan().diff(), planned.plan().target(),
                action.get().risk(), requester, conversation, now,
                now.plus(properties.proposalTtl()), fourEyes, planned.plan().current());
        audit.record(new AuditEntry(AuditEvent.PROPOSED, requester, subject.user(), actionName, proposal.args(), proposal.diff(),
                "proposal " + proposal.id() + " until " + proposal.expiresAt(), conversation));
        store.save(proposal, properties.proposalTtl());
        return new ProposalOutcome.Proposed(proposal);
    }

    private ProposalOutcome refuse(Subject subject, String requester, String conversation, String action, Map<String, Object> args,
                                   String reason) {
        return refused(subject, requester, conversation, action, args, new ProposalOutcome.Refused(reason));
    }

    private ProposalOutcome refuse(Subject subject, String requester, String conversation, String action, Map<String, Object> args,
                                   Reason why) {
        return refused(subject, requester, conversation, action, args, new ProposalOutcome.Refused(why.english(), why));
    }

    private ProposalOutcome refused(Subject subject, String requester, String conversation, String action, Map<String, Object> args,
                                    ProposalOutcome.Refused refusal) {
        audit.record(new AuditEntry(AuditEvent.DENIED, requester, subject.user(), action, args, null, "not proposed: " + refusal.reason(),
                conversation));
        return refusal;
    }
}
