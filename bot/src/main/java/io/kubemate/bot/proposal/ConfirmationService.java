package io.kubemate.bot.proposal;

import io.kubemate.bot.audit.AuditEntry;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.identity.IdentityResolver;
import io.kubemate.bot.identity.Person;
import io.kubemate.tools.actions.Action;
import io.kubemate.tools.actions.ActionPlan;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The only way to execute a change: a person's Confirm on a proposal that exists, is theirs, is unused and
 * unexpired; then a fresh dry run and the execution, both as that person. Every outcome is audited before
 * the answer is returned.
 */
@Singleton
public final class ConfirmationService {

    private final ProposalStore store;
    private final ActionCatalog actions;
    private final PlanAsUser planner;
    private final IdentityResolver identities;
    private final AuditLog audit;
    private final Clock clock;

    public ConfirmationService(ProposalStore store, ActionCatalog actions, PlanAsUser planner, IdentityResolver identities,
                               AuditLog audit, Clock clock) {
        this.store = store;
        this.actions = actions;
        this.planner = planner;
        this.identities = identities;
        this.audit = audit;
        this.clock = clock;
    }

    public Decision decide(String proposalId, String user, String decision) {
        if (!"confirm".equals(decision) && !"cancel".equals(decision)) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "decision must be confirm or cancel");
        }
        Optional<Person> person = identities.person(user);
        String identity = person.map(p -> p.subject().user()).orElse("(unknown)");
        Optional<Proposal> waiting = store.peek(proposalId);
        if (waiting.isEmpty()) {
            return reject(user, identity, null, Map.of("proposal", proposalId), null,
                    store.wasUsed(proposalId) ? "this proposal was already used" : "no such proposal (unknown id, or expired long ago)");
        }
        Proposal proposal = waiting.get();
        if (person.isEmpty()) {
            return reject(user, identity, proposal, proposal.args(), proposal.conversation(), identities.refusal(user));
        }
        if (!proposal.requester().equals(user)) {
            return reject(user, identity, proposal, proposal.args(), proposal.conversation(),
                    "only " + proposal.requester() + ", who asked for this change, can confirm or cancel it");
        }
        Optional<Proposal> taken = store.take(proposalId);
        if (taken.isEmpty()) {
            return reject(user, identity, proposal, proposal.args(), proposal.conversation(), "this proposal was already used");
        }
        if (proposal.expired(clock.instant())) {
            audit.record(entry(AuditEvent.EXPIRED, user, identity, proposal, "expired at " + proposal.expiresAt()));
            return Decision.rejected("this proposal expired at " + proposal.expiresAt() + "; ask again for a fresh one");
        }
        if ("cancel".equals(decision)) {
            audit.record(entry(AuditEvent.CANCELLED, user, identity, proposal, "cancelled"));
            return Decision.cancelled();
        }
        return execute(user, person.get(), proposal);
    }

    private Decision execute(String user, Person person, Proposal proposal) {
        Subject subject = person.subject();
        Action action = actions.find(proposal.action()).orElseThrow(() ->
                new IllegalStateException("proposal " + proposal.id() + " names an action this bot no longer has"));
        String namespace = (String) proposal.args().get("namespace");
        if (!person.may(action.permission(), namespace)) {
            return reject(user, subject.user(), proposal, proposal.args(), proposal.conversation(),
                    "your Kubemate roles no longer grant " + action.permission() + " in namespace " + namespace);
        }
        audit.record(entry(AuditEvent.CONFIRMED, user, subject.user(), proposal, "confirmed"));
        PlanAsUser.Planned fresh = planner.plan(subject, action, proposal.args());
        if (fresh.plan() == null) {
            return reject(user, subject.user(), proposal, proposal.args(), proposal.conversation(), fresh.refusal());
        }
        ActionPlan plan = new ActionPlan(proposal.action(), proposal.args(), proposal.diff(), proposal.target());
        Outcome<String> outcome = planner.execute(subject, action, plan);
        if (outcome instanceof Outcome.Ok<String> ok) {
            audit.record(entry(AuditEvent.EXECUTED, user, subject.user(), proposal, ok.value()));
            return Decision.executed(ok.value());
        }
        String reason = switch (outcome) {
            case Outcome.Forbidden<String> f -> f.reason();
            case Outcome.Failure<String> f -> f.reason();
            case Outcome.NoData<String> n -> n.reason();
            default -> outcome.toString();
        };
        audit.record(entry(AuditEvent.FAILED, user, subject.user(), proposal, reason));
        return Decision.rejected("the change failed: " + reason);
    }

    private Decision reject(String user, String identity, Proposal proposal, Map<String, Object> args, String conversation,
                            String reason) {
        audit.record(new AuditEntry(AuditEvent.DENIED, user, identity, proposal == null ? null : proposal.action(), args,
                proposal == null ? null : proposal.diff(), reason, conversation));
        return Decision.rejected(reason);
    }

    private static AuditEntry entry(AuditEvent event, String user, String identity, Proposal proposal, String result) {
        return new AuditEntry(event, user, identity, proposal.action(), proposal.args(), proposal.diff(),
                "proposal " + proposal.id() + ": " + result, proposal.conversation());
    }
}
