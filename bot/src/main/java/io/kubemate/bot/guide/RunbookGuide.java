package io.kubemate.bot.guide;

import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.chat.ConversationMemory;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.ProposalReply;
import io.kubemate.bot.chat.StepExplainer;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.proposal.Proposal;
import io.kubemate.bot.toolcall.DispatchResult;
import io.kubemate.bot.toolcall.Origin;
import io.kubemate.bot.toolcall.ToolCall;
import io.kubemate.bot.toolcall.ToolDispatch;
import io.kubemate.knowledge.runbook.Runbook;
import io.kubemate.knowledge.runbook.Step;
import io.kubemate.knowledge.runbook.StepKind;
import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.kube.ObjectRef;
import io.kubemate.tools.kube.ReadPermissions;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a person through a runbook in a conversation, one step at a time: {@code tool} steps run at once as the
 * person, {@code action} steps become proposals (every confirmation rule applies), prose steps wait for Done or
 * Skip. The run lives in the state store; anyone in the conversation can move it on, and each step records who.
 */
@Singleton
public final class RunbookGuide {

    private final RunbookLibrary library;
    private final GuidedRunStore runs;
    private final ToolDispatch dispatch;
    private final ProposalReply proposals;
    private final NameResolver names;
    private final ConversationMemory memory;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final Optional<StepExplainer> explainer;

    public RunbookGuide(RunbookLibrary library, GuidedRunStore runs, ToolDispatch dispatch, ProposalReply proposals,
                        NameResolver names, ConversationMemory memory, AuditLog audit, Messages messages, Clock clock,
                        Optional<StepExplainer> explainer) {
        this.explainer = explainer;
        this.library = library;
        this.runs = runs;
        this.dispatch = dispatch;
        this.proposals = proposals;
        this.names = names;
        this.memory = memory;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Messages meant for the guide rather than the router or the model: {@code /incident export}, and next, skip,
     * back, pause, abort, status or set while a run is open in the conversation.
     */
    public Optional<GuideReply> intercept(Person person, String conversation, String text) {
        String said = text.trim().toLowerCase(Locale.ROOT);
        if (said.equals("/incident export") || said.equals("/incident")) {
            return Optional.of(export(conversation, person).map(incident -> GuideReply.text(IncidentRecord.markdown(incident, messages)))
                    .orElseGet(() -> GuideReply.text(messages.get(Language.of(text), "incident.none"))));
        }
        if (!running(conversation)) {
            return Optional.empty();
        }
        return GuideCommand.parse(text).map(command -> handle(person, conversation, command));
    }

    /** Whether this conversation has a run that is not finished. */
    public boolean running(String conversation) {
        return runs.of(conversation).filter(GuidedRun::open).isPresent();
    }

    /**
     * Starts the runbook named by id, or listing the alert by name in its {@code alerts:} (an alert's Runbook
     * button), or best matching the words, with what the conversation already knows.
     */
    public GuideReply start(Person person, String conversation, String wanted, Map<String, Object> known, Language language) {
        Optional<Runbook> runbook = library.find(wanted.trim(), language).or(() -> library.forAlert(wanted.trim(), language));
        if (runbook.isEmpty() && !wanted.trim().contains(" ") && wanted.contains("-")) {
            return GuideReply.text(messages.get(language, "guide.unknown", wanted, String.join(", ", library.closest(wanted, 3))));
        }
        if (runbook.isEmpty()) {
            runbook = library.closest(wanted, 1).stream().findFirst().flatMap(id -> library.find(id, language));
        }
        if (runbook.isEmpty()) {
            return GuideReply.text(messages.get(language, "guide.unknown", wanted, String.join(", ", library.ids())));
        }
        Optional<GuidedRun> open = runs.of(conversation).filter(GuidedRun::open);
        if (open.isPresent()) {
            return alreadyOpen(open.get(), runbook.get(), language);
        }
        Map<String, String> variables = new LinkedHashMap<>();
        known.forEach((name, value) -> {
            if (!"query".equals(name) && value != null) {
                variables.put(name, value.toString());
            }
        });
        GuidedRun run = new GuidedRun(runbook.get().id(), language.code(), conversation, person.chatUser(), clock.instant(), variables,
                0, GuidedRun.Status.RUNNING, List.of());
        return show(run, runbook.get(), person, messages.get(language, "guide.started", runbook.get().title(), runbook.get().steps().size()));
    }

    public GuideReply handle(Person person, String conversation, GuideCommand command) {
        Optional<GuidedRun> found = runs.of(conversation);
        Language fallback = Language.EN;
        if (found.isEmpty()) {
            return GuideReply.text(messages.get(fallback, "guide.none"));
        }
        GuidedRun run = found.get();
        Language language = Language.ofCode(run.lang());
        Runbook runbook = library.find(run.runbookId(), language).orElseThrow(() ->
                new IllegalStateException("runbook " + run.runbookId() + " is no longer bundled"));
        if (!run.open() && command.kind() != GuideCommand.Kind.STATUS) {
            return GuideReply.text(messages.get(language, "guide.finished", runbook.title()));
        }
        int step = runbook.steps().get(run.current()).number();
        return switch (command.kind()) {
            case NEXT -> advance(run.logged(log(step, "done", person)), runbook, person);
            case SKIP -> advance(run.logged(log(step, "skipped", person)), runbook, person);
            case BACK -> show(run.at(Math.max(0, run.current() - 1), GuidedRun.Status.RUNNING), runbook, person, "");
            case PAUSE -> save(run.at(run.current(), GuidedRun.Status.PAUSED).logged(log(step, "paused", person)),
                    messages.get(language, "guide.paused", runbook.title()));
            case RESUME -> show(run.at(run.current(), GuidedRun.Status.RUNNING), runbook, person, "");
            case ABORT -> finish(run.at(run.current(), GuidedRun.Status.ABORTED).logged(log(step, "aborted", person)), runbook);
            case STATUS -> GuideReply.text(messages.get(language, "guide.status", runbook.title(), step, runbook.steps().size(),
                    run.status().name().toLowerCase(Locale.ROOT), run.variables()));
            case SET -> show(run.with(command.name(), command.value()), runbook, person, "");
        };
    }

    /**
     * The incident record of the conversation's run, finished or not, for {@code reader}: changes executed in other
     * threads on the incident's namespace while it ran are included where the reader may read that namespace.
     */
    public Optional<Incident> export(String conversation, Person reader) {
        return runs.of(conversation).flatMap(run -> library.find(run.runbookId(), Language.ofCode(run.lang()))
                .map(runbook -> IncidentRecord.of(run, runbook, memory.turns(conversation), audit.sinks().getFirst().read(),
                        namespace -> reader != null && reader.may(ReadPermissions.WORKLOADS, namespace))));
    }

    /** The incident record as Markdown, in the language of the run. */
    public String markdown(Incident incident) {
        return IncidentRecord.markdown(incident, messages);
    }

    /**
     * A run still open in the conversation is never replaced silently: the person says whether to go on with it or
     * to end it and start the other one.
     */
    private GuideReply alreadyOpen(GuidedRun open, Runbook wanted, Language language) {
        Runbook current = library.find(open.runbookId(), language).orElse(wanted);
        int step = current.steps().get(Math.min(open.current(), current.steps().size() - 1)).number();
        String key = open.runbookId().equals(wanted.id()) ? "guide.open.same" : "guide.open.other";
        return GuideReply.text(messages.get(language, key, current.title(), step, current.steps().size(),
                messages.get(language, "guide.state." + open.status().name().toLowerCase(Locale.ROOT)), wanted.title()));
    }

    private GuideReply advance(GuidedRun run, Runbook runbook, Person person) {
        if (run.current() + 1 >= runbook.steps().size()) {
            return finish(run.at(run.current(), GuidedRun.Status.DONE), runbook);
        }
        return show(run.at(run.current() + 1, GuidedRun.Status.RUNNING), runbook, person, "");
    }

    private GuideReply finish(GuidedRun run, Runbook runbook) {
        runs.save(run);
        Language language = Language.ofCode(run.lang());
        String record = IncidentRecord.markdown(IncidentRecord.of(run, runbook, memory.turns(run.conversation()),
                audit.sinks().getFirst().read()), messages);
        return GuideReply.text(messages.get(language, run.status() == GuidedRun.Status.DONE ? "guide.done" : "guide.aborted", runbook.title())
                + "\n\n" + record);
    }

    /** Shows the current step and does what it says: runs its tool, proposes its action, or waits. */
    private GuideReply show(GuidedRun run, Runbook runbook, Person person, String before) {
        Language language = Language.ofCode(run.lang());
        Step step = runbook.steps().get(run.current());
        run = bindPod(run, step, person);
        String header = (before.isEmpty() ? "" : before + "\n\n")
                + messages.get(language, "guide.step", step.number(), runbook.steps().size(), runbook.title()) + "\n\n" + step.text();
        if (step.kind() == StepKind.PROSE) {
            return save(run, header + "\n\n" + messages.get(language, "guide.prose"));
        }
        StepBinding binding = StepBinding.of(step, run.variables());
        if (!binding.missing().isEmpty()) {
            return save(run, header + "\n\n" + messages.get(language, "guide.need", String.join(", ", binding.missing()),
                    binding.missing().iterator().next()));
        }
        if (step.kind() == StepKind.ACTION) {
            return propose(run, step, binding, person, header, language);
        }
        DispatchResult dispatched = dispatch.call(person, run.conversation(), new ToolCall(step.tool(), binding.args(), null), Origin.RUNBOOK);
        if (!(dispatched instanceof DispatchResult.Ran read)) {
            return save(run.logged(log(step.number(), "not available", person)), header + "\n\n"
                    + messages.get(language, "guide.tool.missing", step.tool()));
        }
        Outcome<? extends Reportable> outcome = read.outcome();
        String result = switch (outcome) {
            case Outcome.Ok<? extends Reportable> ok -> ok.value().markdown();
            case Outcome.NoData<?> none -> messages.get(language, "nodata", messages.reason(language, none));
            case Outcome.Forbidden<?> denied -> messages.get(language, "forbidden", messages.reason(language, denied));
            case Outcome.Failure<?> failure -> messages.get(language, "backend.error", messages.reason(language, failure));
        };
        GuidedRun ran = run.logged(new GuidedRun.StepLog(step.number(), "ran " + step.tool(), person.chatUser(),
                outcome instanceof Outcome.Ok<?> ? "ok" : result, clock.instant()));
        runs.save(ran);
        List<Evidence> evidence = outcome instanceof Outcome.Ok<? extends Reportable> ok ? ok.value().evidence() : List.of();
        String reading = outcome instanceof Outcome.Ok<?>
                ? explainer.flatMap(model -> model.explain(language, runbook.title(), step.text(), result))
                        .map(text -> "\n\n" + messages.get(language, "guide.explained", text)).orElse("")
                : "";
        return new GuideReply(header + "\n\n" + result + reading + "\n\n" + messages.get(language, "guide.after"), evidence, List.of());
    }

    private GuideReply propose(GuidedRun run, Step step, StepBinding binding, Person person, String header, Language language) {
        DispatchResult result = dispatch.call(person, run.conversation(), new ToolCall(step.tool(), binding.args(), null), Origin.RUNBOOK);
        if (!(result instanceof DispatchResult.Proposed proposed)) {
            String reason = result instanceof DispatchResult.Refused refused ? refused.reason() : step.tool() + " is not a change";
            return save(run.logged(new GuidedRun.StepLog(step.number(), "refused " + step.tool(), person.chatUser(), reason,
                    clock.instant())), header + "\n\n" + messages.get(language, "proposal.refused", step.tool(), reason)
                    + "\n\n" + messages.get(language, "guide.after"));
        }
        Proposal proposal = proposed.proposal();
        runs.save(run.logged(new GuidedRun.StepLog(step.number(), "proposed " + step.tool(), person.chatUser(),
                proposal.id() + ": " + proposal.diff(), clock.instant())));
        return new GuideReply(header + "\n\n" + proposals.markdown(language, proposal) + "\n\n" + messages.get(language, "guide.after"),
                List.of(), List.of(proposal.card()));
    }

    /** A step needing ${pod} when the run knows the workload: its first pod, which the person can change with set. */
    private GuidedRun bindPod(GuidedRun run, Step step, Person person) {
        Map<String, String> vars = run.variables();
        if (!step.variables().contains("pod") || vars.containsKey("pod") || !vars.containsKey("workload")) {
            return run;
        }
        List<ObjectRef> pods = names.pods(person.subject(), vars.get("workload"), vars.get("namespace"));
        return pods.isEmpty() ? run : run.with("pod", pods.getFirst().name());
    }

    private GuideReply save(GuidedRun run, String markdown) {
        runs.save(run);
        return GuideReply.text(markdown);
    }

    private GuidedRun.StepLog log(int step, String outcome, Person person) {
        return new GuidedRun.StepLog(step, outcome, person.chatUser(), null, clock.instant());
    }
}
