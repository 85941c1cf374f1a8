package io.kubemate.bot.llm;

import io.kubemate.bot.audit.AuditEntry;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.ProposalReply;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.proposal.ChangeIntent;
import io.kubemate.bot.proposal.Proposal;
import io.kubemate.bot.proposal.ProposalOutcome;
import io.kubemate.bot.proposal.Proposer;
import io.kubemate.bot.toolcall.Caller;
import io.kubemate.bot.toolcall.ReadTool;
import io.kubemate.bot.toolcall.ToolArgs;
import io.kubemate.bot.toolcall.ToolCatalog;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one tool call the model asked for, as the person: read tools at once, change tools only as a proposal,
 * and only when the person's own message asked for that change. Returns the text the model sees next.
 */
@Singleton
final class ToolRunner {

    /** Argument key marking arguments the model sent as invalid JSON. */
    static final String MALFORMED = "__malformed";

    /** What a turn gathered for the reply: evidence, proposals, the tools that ran. */
    static final class Gathered {
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<Map<String, Object>> proposals = new ArrayList<>();
        private final List<String> proposalTexts = new ArrayList<>();
        private final List<String> tools = new ArrayList<>();

        List<Evidence> evidence() {
            return evidence;
        }

        List<Map<String, Object>> proposals() {
            return proposals;
        }

        List<String> proposalTexts() {
            return proposalTexts;
        }

        String firstTool() {
            return tools.isEmpty() ? null : tools.getFirst();
        }

        /** When the model gave no text: what was looked at, so the person still gets the evidence. */
        String summary() {
            return evidence.isEmpty() ? "(no answer from the model)"
                    : "Evidence gathered: " + String.join("; ", evidence.stream().map(Evidence::title).toList());
        }
    }

    private final ToolCatalog reads;
    private final Proposer proposer;
    private final ProposalReply proposalReply;
    private final ChangeIntent intents;
    private final AuditLog audit;
    private final Messages messages;
    private final Redactor redactor;

    ToolRunner(ToolCatalog reads, Proposer proposer, ProposalReply proposalReply, ChangeIntent intents, AuditLog audit,
               Messages messages, Redactor redactor) {
        this.reads = reads;
        this.proposer = proposer;
        this.proposalReply = proposalReply;
        this.intents = intents;
        this.audit = audit;
        this.messages = messages;
        this.redactor = redactor;
    }

    String run(String tool, Map<String, Object> args, Person person, String conversation, String message, Language language,
               Gathered gathered) {
        if (args.containsKey(MALFORMED)) {
            return "error: the arguments are not valid JSON (" + args.get(MALFORMED) + "); call the tool again with a JSON object";
        }
        gathered.tools.add(tool);
        Optional<ReadTool> read = reads.read(tool);
        if (read.isPresent()) {
            return read(read.get(), args, person, gathered);
        }
        if (reads.isAction(tool)) {
            return propose(tool, args, person, conversation, message, language, gathered);
        }
        return "error: there is no tool named " + tool;
    }

    private String read(ReadTool tool, Map<String, Object> args, Person person, Gathered gathered) {
        Outcome<? extends Reportable> outcome;
        try {
            outcome = tool.run(Caller.of(person.subject(), person), ToolArgs.of(args));
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        } catch (ChatFailure e) {
            return "failed: " + e.getMessage();
        }
        return switch (outcome) {
            case Outcome.Ok<? extends Reportable> ok -> {
                gathered.evidence.addAll(ok.value().evidence());
                yield redactor.redact(ok.value().markdown());
            }
            case Outcome.NoData<?> none -> "no data: " + none.reason();
            case Outcome.Forbidden<?> denied -> "forbidden for this person: " + denied.reason();
            case Outcome.Failure<?> failure -> "failed (" + failure.kind().name().toLowerCase(java.util.Locale.ROOT) + "): " + failure.reason();
        };
    }

    private String propose(String tool, Map<String, Object> args, Person person, String conversation, String message,
                           Language language, Gathered gathered) {
        if (!intents.asked(tool, args, message)) {
            audit.record(new AuditEntry(AuditEvent.DENIED, person.chatUser(), person.subject().user(), tool, args, null,
                    "not proposed: the model asked for " + tool + " but the person's message did not", conversation));
            return messages.get(language, "llm.refused.unasked", tool);
        }
        ProposalOutcome outcome = proposer.propose(person, conversation, tool, args);
        if (outcome instanceof ProposalOutcome.Refused refused) {
            return "refused: " + refused.reason();
        }
        Proposal proposal = ((ProposalOutcome.Proposed) outcome).proposal();
        gathered.proposals.add(proposalReply.card(proposal));
        gathered.proposalTexts.add(proposalReply.markdown(language, proposal));
        return "proposal " + proposal.id() + " created (" + proposal.diff() + "); the person must confirm it. Stop now.";
    }
}
