package io.kubemate.bot.chat;

import io.kubemate.bot.deadline.TurnDeadline;
import io.kubemate.bot.guide.GuideReply;
import io.kubemate.bot.guide.RunbookGuide;
import io.kubemate.bot.identity.IdentityResolver;
import io.kubemate.bot.identity.Refusals;
import io.kubemate.bot.inspect.FindingIgnorer;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.proposal.Proposal;
import io.kubemate.bot.router.BuiltInRoutes;
import io.kubemate.bot.router.Route;
import io.kubemate.bot.router.Router;
import io.kubemate.bot.toolcall.DispatchResult;
import io.kubemate.bot.toolcall.LocalizedReport;
import io.kubemate.bot.toolcall.Origin;
import io.kubemate.bot.toolcall.ToolCall;
import io.kubemate.bot.toolcall.ToolDispatch;
import io.kubemate.tools.http.CallDeadline;
import io.kubemate.tools.kube.KubeCall;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Chart;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers one message: who is asking, what they mean (router mode: commands and phrasings), the read tool
 * run as them, and the reply with its evidence. Changes are never executed from here.
 */
@Singleton
public final class ChatService {

    static final int MAX_TEXT = 4000;
    static final String MODE = "router";
    static final String RUNBOOK_START = "runbook_start";

    private final IdentityResolver identities;
    private final Router router;
    private final ToolDispatch dispatch;
    private final Messages messages;
    private final MarkdownHtml html;
    private final ConversationMemory memory;
    private final FindingIgnorer ignorer;
    private final ProposalReply proposals;
    private final RunbookGuide guide;
    private final Optional<ModelAnswerer> model;
    private final TurnDeadline deadline;
    private final Clock clock;
    private final ConversationParticipants participants;
    private final Refusals refusals;

    private final ProgressReport progressReport;
    private final ConsoleLinks links;
    private final InspectionExports exports;

    public ChatService(IdentityResolver identities, Router router, ToolDispatch dispatch, Messages messages, MarkdownHtml html,
                       ConversationMemory memory, FindingIgnorer ignorer, ProposalReply proposals,
                       RunbookGuide guide, Optional<ModelAnswerer> model, TurnDeadline deadline, Clock clock,
                       ConversationParticipants participants, Refusals refusals, ProgressReport progressReport,
                       ConsoleLinks links, InspectionExports exports) {
        this.links = links;
        this.exports = exports;
        this.progressReport = progressReport;
        this.participants = participants;
        this.refusals = refusals;
        this.deadline = deadline;
        this.identities = identities;
        this.router = router;
        this.dispatch = dispatch;
        this.messages = messages;
        this.html = html;
        this.memory = memory;
        this.ignorer = ignorer;
        this.proposals = proposals;
        this.guide = guide;
        this.model = model;
        this.clock = clock;
    }

    /** {@code llm} when a model is configured and reachable, else {@code router}. */
    public String mode() {
        return model.filter(ModelAnswerer::ready).isPresent() ? ModelAnswerer.MODE : MODE;
    }

    /** A message from a chat user: checked, answered as that user's identity, and kept in the conversation. */
    public ChatReply handle(ChatRequest request) {
        return handle(request, Progress.NONE);
    }

    /** As {@link #handle(ChatRequest)}, reporting the tools a model turn runs to {@code progress} as it goes. */
    public ChatReply handle(ChatRequest request, Progress progress) {
        require(request.user(), "user");
        require(request.conversation(), "conversation");
        require(request.text(), "text");
        if (request.text().length() > MAX_TEXT) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, "text is longer than " + MAX_TEXT + " characters");
        }
        Person person = identities.person(request.user()).orElseThrow(() -> new ChatFailure(ChatFailure.Kind.UNKNOWN_USER,
                refusals.refuse(request.user(), "chat", request.conversation())));
        participants.add(request.conversation(), request.user());
        ChatReply reply;
        try (CallDeadline.Scope ignored = deadline.start(clock)) {
            reply = guide.intercept(person, request.conversation(), request.text()).map(this::guided)
                    .or(() -> viaModel(person, request.conversation(), request.text(), progress))
                    .orElseGet(() -> respond(person.subject(), person, request.conversation(), request.text(), progress));
        }
        memory.append(request.conversation(), new Turn(request.user(), request.text(), reply.reply(), reply.html(),
                reply.mode(), clock.instant()));
        return reply;
    }

    /**
     * Free text goes to the model when one is ready; explicit commands never do. When the model cannot be
     * reached the router answers and the reply says so.
     */
    private Optional<ChatReply> viaModel(Person person, String conversation, String text, Progress progress) {
        if (text.trim().startsWith("/") || model.isEmpty() || !model.get().ready()) {
            return Optional.empty();
        }
        try {
            return Optional.of(model.get().answer(person, conversation, text, memory.turns(conversation), progress));
        } catch (ModelAnswerer.ModelUnavailable e) {
            ChatReply routed = respond(person.subject(), person, conversation, text, progress);
            String note = messages.get(Language.of(text), "llm.fallback", e.getMessage());
            String markdown = note + "\n\n" + routed.reply();
            return Optional.of(new ChatReply(MODE, markdown, html.render(markdown), routed.tool(), routed.evidence(), routed.sources(),
                    routed.proposals()));
        }
    }

    /** Answers as {@code subject} without a conversation (the command line): changes are not proposed there. */
    public ChatReply answer(Subject subject, String text) {
        return respond(subject, null, null, text, Progress.NONE);
    }

    private ChatReply respond(Subject subject, Person person, String conversation, String text, Progress progress) {
        Language language = Language.of(text);
        Route route = route(subject, text);
        if (route.tool() == null) {
            return reply(messages.get(language, "unknown"), null, List.of());
        }
        if (route.tool().equals(BuiltInRoutes.HELP)) {
            Object unknown = route.args().get("unknown");
            return reply(unknown == null ? messages.get(language, "help") : messages.get(language, "unknown.command", unknown),
                    BuiltInRoutes.HELP, List.of());
        }
        if (route.ask() != null) {
            return askBack(language, route);
        }
        if (route.tool().equals(BuiltInRoutes.IGNORE_FINDING)) {
            return person == null ? reply(messages.get(language, "action.cli"), route.tool(), List.of())
                    : reply(ignorer.ignore(person, conversation, (String) route.args().get("fingerprint"),
                    (String) route.args().get("reason")), route.tool(), List.of());
        }
        if (route.tool().equals(RUNBOOK_START)) {
            return person == null ? reply(messages.get(language, "action.cli"), route.tool(), List.of())
                    : guided(guide.start(person, conversation, String.valueOf(route.args().getOrDefault("query", "")), route.args(), language));
        }
        // an export runs the inspection exactly as /inspect does, then files its report with the reply
        boolean export = route.tool().equals(BuiltInRoutes.EXPORT_INSPECTION);
        ToolCall call = export ? new ToolCall("inspect", InspectionExports.inspectArgs(route.args()), text)
                : new ToolCall(route.tool(), route.args(), text);
        if (progress.wantsRouterSteps()) {
            progressReport.tool(progress, language, call.tool(), call.args());
        }
        DispatchResult result = person == null ? dispatch.callAs(subject, call)
                : dispatch.call(person, conversation, call, text.trim().startsWith("/") ? Origin.COMMAND : Origin.ROUTER);
        return switch (result) {
            case DispatchResult.Ran ran -> export ? exports.attach(fromOutcome(language, ran.tool(), ran.outcome()), ran.outcome(),
                    route.args(), language) : fromOutcome(language, ran.tool(), ran.outcome());
            case DispatchResult.Proposed proposed -> proposed(language, proposed.proposal());
            case DispatchResult.Refused refused -> switch (refused.kind()) {
                case NO_CONVERSATION -> reply(messages.get(language, "action.cli"), route.tool(), List.of());
                case UNASKED -> reply(messages.get(language, "route.unasked", route.tool()), route.tool(), List.of());
                case NOT_PROPOSED -> reply(messages.get(language, "proposal.refused", route.tool(), messages.reason(language, refused)), route.tool(), List.of());
                case UNKNOWN_TOOL -> throw new IllegalStateException("no read tool " + route.tool());
            };
        };
    }

    /** The router's question in the person's language, with its candidates as choices to click where it has them. */
    private ChatReply askBack(Language language, Route route) {
        String question = messages.get(language, "ask", messages.get(language, route.ask().messageKey(), route.ask().args().toArray()));
        if (!route.candidates().isEmpty()) {
            question += "\n\n" + messages.get(language, route.choices().isEmpty() ? "ask.candidates" : "ask.choices",
                    String.join(", ", route.candidates()));
        }
        List<Map<String, String>> choices = route.choices().stream().map(c -> Map.of("label", c.label(), "text", c.say())).toList();
        return new ChatReply(MODE, question, html.render(question), route.tool(), List.of(), List.of(), List.of(), choices);
    }

    private Route route(Subject subject, String text) {
        Outcome<Route> routed = KubeCall.run("look up the names in your message", () -> Outcome.ok(router.route(subject, text)));
        return switch (routed) {
            case Outcome.Ok<Route> ok -> ok.value();
            case Outcome.Failure<Route> f when f.kind() == Outcome.FailureKind.UNAVAILABLE ->
                    throw new ChatFailure(ChatFailure.Kind.BACKEND_UNAVAILABLE, f.reason());
            default -> Route.unknown();
        };
    }

    private ChatReply fromOutcome(Language language, String tool, Outcome<? extends Reportable> outcome) {
        return switch (outcome) {
            case Outcome.Ok<? extends Reportable> ok -> withExtras(reply(ok.value() instanceof LocalizedReport localized
                    ? localized.markdown(language) : ok.value().markdown(), tool, ok.value().evidence()),
                    TriageChoices.of(ok.value()), (ok.value() instanceof LocalizedReport localized
                            ? localized.chart(language) : ok.value().chart()).orElse(null));
            case Outcome.NoData<?> none -> reply(messages.get(language, "nodata", messages.reason(language, none)), tool, List.of());
            case Outcome.Forbidden<?> denied -> reply(messages.get(language, "forbidden", messages.reason(language, denied)), tool, List.of());
            case Outcome.Failure<?> failure -> switch (failure.kind()) {
                case UNAVAILABLE -> throw new ChatFailure(ChatFailure.Kind.BACKEND_UNAVAILABLE, failure.reason());
                case BAD_REQUEST -> reply(messages.get(language, "badrequest", messages.reason(language, failure)), tool, List.of());
                case BACKEND_ERROR -> reply(messages.get(language, "backend.error", messages.reason(language, failure)), tool, List.of());
            };
        };
    }

    private ChatReply proposed(Language language, Proposal p) {
        String markdown = proposals.markdown(language, p);
        return new ChatReply(MODE, markdown, html.render(markdown), p.action(), List.of(), List.of(), List.of(p.card()));
    }

    private ChatReply guided(GuideReply guided) {
        return new ChatReply(MODE, guided.markdown(), html.render(guided.markdown()), RUNBOOK_START, guided.evidence(), List.of(),
                guided.proposals());
    }

    /** A tool's answer with the buttons and the chart it comes with, if any. */
    private static ChatReply withExtras(ChatReply reply, List<Map<String, String>> choices, Chart chart) {
        return choices.isEmpty() && chart == null ? reply : new ChatReply(reply.mode(), reply.reply(), reply.html(), reply.tool(),
                reply.evidence(), reply.sources(), reply.proposals(), choices, chart);
    }

    private ChatReply reply(String markdown, String tool, List<Evidence> evidence) {
        return new ChatReply(MODE, markdown, html.render(markdown), tool, evidence, sources(tool, evidence), List.of());
    }

    /** An answer from the knowledge base cites the documents it used. */
    private List<Map<String, String>> sources(String tool, List<Evidence> evidence) {
        if (!"runbook_search".equals(tool)) {
            return List.of();
        }
        return evidence.stream().map(e -> links.document(e.source())
                        .map(url -> Map.of("title", e.title(), "source", e.source(), "url", url))
                        .orElseGet(() -> Map.of("title", e.title(), "source", e.source())))
                .distinct().toList();
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ChatFailure(ChatFailure.Kind.BAD_INPUT, field + " is missing");
        }
    }
}
