package io.kubemate.bot.chat;

import io.kubemate.bot.proposal.ProposalCard;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.kubemate.tools.report.Chart;
import io.kubemate.tools.report.Evidence;

import java.util.List;
import java.util.Map;

/**
 * The answer to one message (design §5 HTTP API): mode, Markdown reply, its HTML rendering for the console,
 * evidence, sources and proposals. {@code tool} names what ran, for audit and evals. {@code choices} answer a question
 * the bot asked back: {@code {"label","text"}}, where {@code text} is the message a click sends as the person.
 * {@code chart}, when present, is a small time series the console draws (a metric over a range). {@code download},
 * when present, is a report file that comes with the answer (an exported inspection).
 */
public record ChatReply(String mode, String reply, String html, String tool, List<Evidence> evidence,
                        List<Map<String, String>> sources, List<ProposalCard> proposals,
                        List<Map<String, String>> choices, @JsonInclude(JsonInclude.Include.NON_NULL) Chart chart,
                        @JsonInclude(JsonInclude.Include.NON_NULL) ReportDownload download) {

    public ChatReply {
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        proposals = List.copyOf(proposals);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public ChatReply(String mode, String reply, String html, String tool, List<Evidence> evidence,
                     List<Map<String, String>> sources, List<ProposalCard> proposals, List<Map<String, String>> choices, Chart chart) {
        this(mode, reply, html, tool, evidence, sources, proposals, choices, chart, null);
    }

    public ChatReply(String mode, String reply, String html, String tool, List<Evidence> evidence,
                     List<Map<String, String>> sources, List<ProposalCard> proposals) {
        this(mode, reply, html, tool, evidence, sources, proposals, List.of(), null);
    }

    public ChatReply(String mode, String reply, String html, String tool, List<Evidence> evidence,
                     List<Map<String, String>> sources, List<ProposalCard> proposals, List<Map<String, String>> choices) {
        this(mode, reply, html, tool, evidence, sources, proposals, choices, null);
    }
}
