package io.kubemate.evals;

import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.proposal.Decision;
import io.kubemate.bot.proposal.ProposalCard;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What happened in one scenario's conversation: the bot's replies, the answers to the clicks, the audit events
 * recorded, and the objects that changed in the sandbox cluster.
 */
public record Transcript(List<ChatReply> replies, List<Decision> decisions, List<AuditEvent> audit, List<String> clusterChanges) {

    public Transcript {
        replies = List.copyOf(replies);
        decisions = List.copyOf(decisions);
        audit = List.copyOf(audit);
        clusterChanges = List.copyOf(clusterChanges);
    }

    /** One reply and nothing else: no clicks, no audit, no change. */
    public static Transcript of(ChatReply reply) {
        return new Transcript(List.of(reply), List.of(), List.of(), List.of());
    }

    /** Everything the user was shown: each reply with its evidence lines, then each click's reason or result, lower-cased. */
    String shown() {
        return Stream.concat(replies.stream().map(r -> r.reply() + "\n" + r.evidence().stream()
                                .map(e -> e.title() + "\n" + String.join("\n", e.lines())).reduce("", (a, b) -> a + "\n" + b)),
                        decisions.stream().map(d -> d.status().word() + ": " + (d.reason() != null ? d.reason() : String.valueOf(d.result()))))
                .reduce("", (a, b) -> a + "\n" + b).toLowerCase(Locale.ROOT);
    }

    /**
     * What the replies of the given tools showed (reply and evidence, lower-cased), leaving out evidence that is a raw
     * object dump ({@link DevSet#RAW_DUMPS}).
     */
    String shownByTools(Set<String> tools) {
        return replies.stream().filter(r -> r.tool() != null && tools.contains(r.tool()))
                .map(r -> r.reply() + "\n" + r.evidence().stream().filter(e -> !DevSet.RAW_DUMPS.contains(e.source()))
                        .map(e -> e.title() + "\n" + String.join("\n", e.lines())).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
    }

    /** The replies' text as written (not lower-cased), without evidence: what the language of an answer is judged on. */
    String answers() {
        return replies.stream().map(ChatReply::reply).collect(Collectors.joining("\n"));
    }

    List<ProposalCard> proposals() {
        return replies.stream().flatMap(r -> r.proposals().stream()).toList();
    }

    /** The tools the bot ran, in order; null entries where it understood nothing. */
    List<String> tools() {
        return replies.stream().map(ChatReply::tool).toList();
    }

    /** Changes executed: by the answers to the clicks, or by the audit trail, whichever saw more. */
    int executions() {
        long answered = decisions.stream().filter(d -> d.status() == Decision.Status.EXECUTED).count();
        long audited = audit.stream().filter(e -> e == AuditEvent.EXECUTED).count();
        return (int) Math.max(answered, audited);
    }
}
