package io.kubemate.bot.llm;

import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.ProposalReply;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.proposal.Proposal;
import io.kubemate.bot.proposal.ProposalCard;
import io.kubemate.bot.toolcall.DispatchResult;
import io.kubemate.bot.toolcall.Origin;
import io.kubemate.bot.toolcall.ToolCall;
import io.kubemate.bot.toolcall.ToolDispatch;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        private final List<ProposalCard> proposals = new ArrayList<>();
        private final List<String> proposalTexts = new ArrayList<>();
        private final List<String> tools = new ArrayList<>();

        List<Evidence> evidence() {
            return evidence;
        }

        List<ProposalCard> proposals() {
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

    private final ToolDispatch dispatch;
    private final ProposalReply proposalReply;
    private final Messages messages;
    private final Redactor redactor;

    ToolRunner(ToolDispatch dispatch, ProposalReply proposalReply, Messages messages, Redactor redactor) {
        this.dispatch = dispatch;
        this.proposalReply = proposalReply;
        this.messages = messages;
        this.redactor = redactor;
    }

    String run(String tool, Map<String, Object> args, Person person, String conversation, String message, Language language,
               Gathered gathered) {
        if (args.containsKey(MALFORMED)) {
            return "error: the arguments are not valid JSON (" + args.get(MALFORMED) + "); call the tool again with a JSON object";
        }
        gathered.tools.add(tool);
        DispatchResult result;
        try {
            result = dispatch.call(person, conversation, new ToolCall(tool, args, message), Origin.MODEL);
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        } catch (ChatFailure e) {
            return "failed: " + e.getMessage();
        }
        return switch (result) {
            case DispatchResult.Ran ran -> read(ran.outcome(), gathered);
            case DispatchResult.Proposed proposed -> proposed(proposed.proposal(), language, gathered);
            case DispatchResult.Refused refused -> switch (refused.kind()) {
                case UNKNOWN_TOOL -> "error: there is no tool named " + tool;
                case UNASKED -> messages.get(language, "llm.refused.unasked", tool);
                case NOT_PROPOSED, NO_CONVERSATION -> "refused: " + refused.reason();
            };
        };
    }

    private String read(Outcome<? extends Reportable> outcome, Gathered gathered) {
        return switch (outcome) {
            case Outcome.Ok<? extends Reportable> ok -> {
                gathered.evidence.addAll(ok.value().evidence());
                yield redactor.redact(ok.value().markdown());
            }
            case Outcome.NoData<?> none -> "no data: " + none.reason();
            case Outcome.Forbidden<?> denied -> "forbidden for this person: " + denied.reason();
            case Outcome.Failure<?> failure -> "failed (" + failure.kind().name().toLowerCase(Locale.ROOT) + "): " + failure.reason();
        };
    }

    private String proposed(Proposal proposal, Language language, Gathered gathered) {
        gathered.proposals.add(proposal.card());
        gathered.proposalTexts.add(proposalReply.markdown(language, proposal));
        return "proposal " + proposal.id() + " created (" + proposal.diff() + "); the person must confirm it. Stop now.";
    }
}
