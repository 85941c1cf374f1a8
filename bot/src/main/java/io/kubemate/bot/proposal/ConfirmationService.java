package io.kubemate.bot.proposal;

import io.kubemate.bot.audit.AuditEntry;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.identity.IdentityResolver;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.identity.ServiceAccounts;
import io.kubemate.bot.toolcall.Tools;
import io.kubemate.tools.actions.Action;
import io.kubemate.tools.actions.ActionPlan;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The only way to execute a change: a Confirm, in the conversation the change was proposed in, on a proposal
 * that exists, is unused and unexpired, from the person who asked — or, where a four-eyes rule covers the
 * change, from a second person holding {@code actions.approve}. Then the guardrails and the requester's
 * permission are checked again, a fresh dry run runs as the requester, and the target's state is compared with the
 * state the proposal was made against: if it changed, nothing executes and the answer carries the current diff and
 * a fresh proposal. Every outcome is audited before the answer is returned.
 */
@Singleton
public final class ConfirmationService {

    static final String APPROVE = "actions.approve";

    private final ProposalStore store;
    private final Tools actions;
    private final PlanAsUser planner;
    private final IdentityResolver identities;
    private final Guardrails guardrails;
    private final ServiceAccounts serviceAccounts;
    private final AuditLog audit;
    private final Proposer proposer;
    private final Clock clock;

    public ConfirmationService(ProposalStore store, Tools actions, PlanAsUser planner, IdentityResolver identities,
                               Guardrails guardrails, ServiceAccounts serviceAccounts, AuditLog audit, Proposer proposer, Clock clock) {
        this.store = store;
        this.actions = actions;
        this.planner = planner;
        this.identities = identities;
        this.guardrails = guardrails;
        this.serviceAccounts = serviceAccounts;
        this.audit = audit;
        this.proposer = proposer;
        this.clock = clock;
    }

    /**
     * A person's click on Confirm or Cancel.
     *
     * @param conversation where the click came from; it must be the conversation the proposal was made in
     */
    public Decision decide(String proposalId, String user, String conversation, String decision) {
        if (!"confirm".equals(decision) && !"cancel".equals(decision)) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "decision must be confirm or cancel");
        }
        Optional<Person> person = identities.person(user);
        String identity = person.map(p -> p.subject().user()).orElse("(unknown)");
        Optional<Proposal> waiting = store.peek(proposalId);
        if (waiting.isEmpty()) {
            return reject(user, identity, null, Map.of("proposal", proposalId), conversation,
                    Reason.of(store.wasUsed(proposalId) ? "decision.used" : "decision.unknown"));
        }
        Proposal proposal = waiting.get();
        if (person.isEmpty()) {
            return reject(user, identity, proposal, identities.refusal(user));
        }
        if (!proposal.conversation().equals(conversation)) {
            return reject(user, identity, proposal, Reason.of("decision.other-conversation"));
        }
        Optional<Reason> notAllowed = whoMayDecide(proposal, person.get(), decision);
        if (notAllowed.isPresent()) {
            return reject(user, identity, proposal, notAllowed.get());
        }
        Optional<Proposal> taken = store.take(proposalId);
        if (taken.isEmpty()) {
            return reject(user, identity, proposal, Reason.of("decision.used"));
        }
        if (proposal.expired(clock.instant())) {
            audit.record(entry(AuditEvent.EXPIRED, user, identity, proposal, "expired at " + proposal.expiresAt()));
            return Decision.rejected(Reason.of("decision.expired", proposal.expiresAt()));
        }
        if ("cancel".equals(decision)) {
            audit.record(entry(AuditEvent.CANCELLED, user, identity, proposal, "cancelled"));
            return Decision.cancelled();
        }
        return execute(user, person.get(), proposal);
    }

    private Optional<Reason> whoMayDecide(Proposal proposal, Person person, String decision) {
        boolean requester = proposal.requester().equals(person.chatUser());
        if (!proposal.needsApprover()) {
            return requester ? Optional.empty() : Optional.of(Reason.of("decision.not-requester", proposal.requester()));
        }
        String namespace = namespace(proposal);
        boolean approver = person.may(APPROVE, namespace);
        if (requester) {
            return "cancel".equals(decision) ? Optional.empty()
                    : Optional.of(Reason.of("decision.second-person", proposal.requester(), APPROVE + where(namespace)));
        }
        return approver ? Optional.empty() : Optional.of(Reason.of("decision.not-approver", APPROVE + where(namespace)));
    }

    private Decision execute(String user, Person confirmer, Proposal proposal) {
        Person requester = confirmer;
        if (proposal.needsApprover()) {
            Optional<Person> asked = identities.person(proposal.requester());
            if (asked.isEmpty()) {
                return reject(user, confirmer.subject().user(), proposal, "the change runs as " + proposal.requester()
                        + ", who asked for it, and " + identities.refusal(proposal.requester()));
            }
            requester = asked.get();
        }
        String executor = requester.subject().user();
        Optional<String> noIdentity = serviceAccounts.problem(requester);
        if (noIdentity.isPresent()) {
            return reject(user, executor, proposal, noIdentity.get());
        }
        Action action = actions.action(proposal.action()).orElseThrow(() ->
                new IllegalStateException("proposal " + proposal.id() + " names an action this bot no longer has"));
        String namespace = namespace(proposal);
        if (!requester.may(action.permission(), namespace)) {
            return reject(user, executor, proposal, Reason.of("decision.grant-revoked", requester.chatUser(),
                    action.permission() + where(namespace)));
        }
        String approval = proposal.needsApprover() ? " by approver " + user + " for " + proposal.requester() : "";
        audit.record(entry(AuditEvent.CONFIRMED, user, confirmer.subject().user(), proposal, "confirmed" + approval));
        PlanAsUser.Planned fresh = planner.plan(requester.subject(), action, proposal.args());
        if (fresh.plan() == null) {
            return fresh.why() == null ? reject(user, executor, proposal, fresh.refusal())
                    : reject(user, executor, proposal, fresh.why());
        }
        if (!sameState(proposal.state(), fresh.plan().current())) {
            return changed(user, executor, requester, proposal, fresh.plan());
        }
        Optional<Reason> guarded = guardrails.refusal(fresh.plan(), clock.instant());
        if (guarded.isPresent()) {
            return reject(user, executor, proposal, guarded.get());
        }
        ActionPlan plan = new ActionPlan(proposal.action(), proposal.args(), proposal.diff(), proposal.target());
        Outcome<String> outcome = planner.execute(requester.subject(), action, plan);
        if (outcome instanceof Outcome.Ok<String> ok) {
            audit.record(entry(AuditEvent.EXECUTED, user, executor, proposal, ok.value() + approval));
            return Decision.executed(ok.value());
        }
        String reason = switch (outcome) {
            case Outcome.Forbidden<String> f -> f.reason();
            case Outcome.Failure<String> f -> f.reason();
            case Outcome.NoData<String> n -> n.reason();
            default -> outcome.toString();
        };
        audit.record(entry(AuditEvent.FAILED, user, executor, proposal, reason));
        return Decision.rejected("the change failed: " + reason);
    }

    /**
     * The target changed between proposal and confirmation: refused (audited with the diff that is true now) and a
     * fresh proposal from the same request against the current state, itself checked and audited like any other.
     */
    private Decision changed(String user, String executor, Person requester, Proposal proposal, ActionPlan now) {
        String reason = proposal.target() + " changed since proposed: the proposal said " + proposal.diff() + ", now it would be "
                + now.diff() + "; nothing was changed";
        audit.record(new AuditEntry(AuditEvent.DENIED, user, executor, proposal.action(), proposal.args(), now.diff(),
                "proposal " + proposal.id() + ": " + reason, proposal.conversation()));
        ProposalOutcome fresh = proposer.propose(requester, proposal.conversation(), proposal.action(), proposal.args());
        return fresh instanceof ProposalOutcome.Proposed proposed
                ? Decision.stale(reason + "; confirm the fresh proposal " + proposed.proposal().id() + " if you still want it", proposed.proposal())
                : Decision.stale(reason + "; a fresh proposal was refused: " + ((ProposalOutcome.Refused) fresh).reason(), null);
    }

    /** Compared as text: a proposal read back from the state store has JSON's types, a fresh plan Java's. */
    private static boolean sameState(Map<String, Object> proposed, Map<String, Object> now) {
        if (!proposed.keySet().equals(now.keySet())) {
            return false;
        }
        return proposed.entrySet().stream().allMatch(e -> String.valueOf(e.getValue()).equals(String.valueOf(now.get(e.getKey()))));
    }

    private Decision reject(String user, String identity, Proposal proposal, String reason) {
        return reject(user, identity, proposal, proposal.args(), proposal.conversation(), reason);
    }

    private Decision reject(String user, String identity, Proposal proposal, Reason why) {
        return reject(user, identity, proposal, proposal.args(), proposal.conversation(), why);
    }

    private Decision reject(String user, String identity, Proposal proposal, Map<String, Object> args, String conversation, Reason why) {
        audit.record(new AuditEntry(AuditEvent.DENIED, user, identity, proposal == null ? null : proposal.action(), args,
                proposal == null ? null : proposal.diff(), why.english(), conversation));
        return Decision.rejected(why);
    }

    private Decision reject(String user, String identity, Proposal proposal, Map<String, Object> args, String conversation,
                            String reason) {
        audit.record(new AuditEntry(AuditEvent.DENIED, user, identity, proposal == null ? null : proposal.action(), args,
                proposal == null ? null : proposal.diff(), reason, conversation));
        return Decision.rejected(reason);
    }

    private static String namespace(Proposal proposal) {
        Object namespace = proposal.args().get("namespace");
        return namespace == null ? null : namespace.toString();
    }

    /** A permission code with its namespace, worded alike in both languages: {@code workloads.scale (payments)}. */
    private static String where(String namespace) {
        return namespace == null ? "" : " (" + namespace + ")";
    }

    private static AuditEntry entry(AuditEvent event, String user, String identity, Proposal proposal, String result) {
        return new AuditEntry(event, user, identity, proposal.action(), proposal.args(), proposal.diff(),
                "proposal " + proposal.id() + ": " + result, proposal.conversation());
    }
}
