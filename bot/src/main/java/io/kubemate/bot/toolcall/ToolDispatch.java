package io.kubemate.bot.toolcall;

import io.kubemate.bot.audit.AuditEntry;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.proposal.ChangeIntent;
import io.kubemate.bot.proposal.ProposalOutcome;
import io.kubemate.bot.proposal.Proposer;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The one way a tool call is carried out, whoever asked for it (a command, the router, the model, a runbook step):
 * a read tool runs at once as the person; a change is checked against what the person's own message asked for
 * (every origin but an explicit command or a runbook step, the refusal audited) and then handed to the proposer,
 * which validates, dry-runs and stores it. Nothing here executes a change. Callers only format the result.
 */
@Singleton
public final class ToolDispatch {

    private final Tools tools;
    private final Proposer proposer;
    private final ChangeIntent intents;
    private final AuditLog audit;

    public ToolDispatch(Tools tools, Proposer proposer, ChangeIntent intents, AuditLog audit) {
        this.tools = tools;
        this.proposer = proposer;
        this.intents = intents;
        this.audit = audit;
    }

    public DispatchResult call(Person person, String conversation, ToolCall call, Origin origin) {
        Optional<ReadTool> read = tools.read(call.tool());
        if (read.isPresent()) {
            return new DispatchResult.Ran(call.tool(), read.get().run(Caller.of(person.subject(), person), ToolArgs.of(call.args())));
        }
        Optional<ToolSpec> action = tools.find(call.tool()).filter(ToolSpec::isAction);
        if (action.isEmpty()) {
            return new DispatchResult.Refused(call.tool(), "there is no tool named " + call.tool(), DispatchResult.Kind.UNKNOWN_TOOL);
        }
        if (conversation == null) {
            return new DispatchResult.Refused(call.tool(), "changes are proposed in a conversation", DispatchResult.Kind.NO_CONVERSATION);
        }
        Optional<String> unasked = switch (origin) {
            case COMMAND, RUNBOOK -> Optional.empty();
            case ROUTER -> intents.asked(call.tool(), call.args(), call.message()) ? Optional.empty()
                    : Optional.of("the router read " + call.tool() + " in the person's message, which did not ask for it");
            case MODEL -> intents.refusalOfModelCall(person.subject(), action.get(), call.args(), call.message())
                    .map(why -> "the model asked for " + call.tool() + " but " + why);
        };
        if (unasked.isPresent()) {
            audit.record(new AuditEntry(AuditEvent.DENIED, person.chatUser(), person.subject().user(), call.tool(), call.args(), null,
                    "not proposed: " + unasked.get(), conversation));
            return new DispatchResult.Refused(call.tool(), unasked.get(), DispatchResult.Kind.UNASKED);
        }
        return switch (proposer.propose(person, conversation, call.tool(), call.args())) {
            case ProposalOutcome.Proposed proposed -> new DispatchResult.Proposed(call.tool(), proposed.proposal());
            case ProposalOutcome.Refused refused -> new DispatchResult.Refused(call.tool(), refused.reason(), DispatchResult.Kind.NOT_PROPOSED,
                    refused.why());
        };
    }

    /** The command line: read tools with the kubeconfig's own identity; changes are never proposed there. */
    public DispatchResult callAs(Subject subject, ToolCall call) {
        Optional<ReadTool> read = tools.read(call.tool());
        if (read.isPresent()) {
            return new DispatchResult.Ran(call.tool(), read.get().run(Caller.unrestricted(subject), ToolArgs.of(call.args())));
        }
        return tools.isAction(call.tool())
                ? new DispatchResult.Refused(call.tool(), "changes are proposed in a conversation", DispatchResult.Kind.NO_CONVERSATION)
                : new DispatchResult.Refused(call.tool(), "there is no tool named " + call.tool(), DispatchResult.Kind.UNKNOWN_TOOL);
    }
}
