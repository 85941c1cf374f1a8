package io.kubemate.bot.guide;

import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditRecord;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.Turn;
import io.kubemate.knowledge.runbook.Runbook;
import io.kubemate.tools.report.MarkdownTable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/** Builds the {@link Incident} of a guided run and writes it as Markdown in the run's language. */
final class IncidentRecord {

    static final String SKIPPED = "skipped";

    private static final Set<AuditEvent> CHANGES = Set.of(AuditEvent.PROPOSED, AuditEvent.CONFIRMED, AuditEvent.CANCELLED,
            AuditEvent.EXPIRED, AuditEvent.DENIED, AuditEvent.EXECUTED, AuditEvent.FAILED);

    private IncidentRecord() {
    }

    private static final Set<AuditEvent> EXECUTIONS = Set.of(AuditEvent.EXECUTED, AuditEvent.FAILED);

    static Incident of(GuidedRun run, Runbook runbook, List<Turn> turns, List<AuditRecord> audit) {
        return of(run, runbook, turns, audit, namespace -> false);
    }

    /**
     * The record, with the changes executed in other threads on the incident's namespace while it ran, where the
     * reader may read that namespace ({@code readable}).
     */
    static Incident of(GuidedRun run, Runbook runbook, List<Turn> turns, List<AuditRecord> audit, Predicate<String> readable) {
        List<Incident.Entry> timeline = new ArrayList<>();
        turns.forEach(t -> timeline.add(new Incident.Entry(seconds(t.at()), t.user(), "asked", oneLine(t.text()))));
        run.log().forEach(l -> timeline.add(new Incident.Entry(seconds(l.at()), l.by(), "step",
                "step " + l.step() + " " + l.outcome() + (l.detail() == null ? "" : ": " + oneLine(l.detail())))));
        audit.stream().filter(r -> run.conversation().equals(r.conversation()) && CHANGES.contains(r.event()))
                .forEach(r -> timeline.add(new Incident.Entry(seconds(Instant.parse(r.at())), r.actor(),
                        r.event().name().toLowerCase(Locale.ROOT), r.action() + " (" + r.identity() + "): " + oneLine(r.result()))));
        String namespace = run.variables().get("namespace");
        Instant end = run.status() == GuidedRun.Status.DONE || run.status() == GuidedRun.Status.ABORTED
                ? run.log().stream().map(GuidedRun.StepLog::at).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(Instant.MAX)
                : Instant.MAX;
        if (namespace != null && readable.test(namespace)) {
            audit.stream().filter(r -> r.conversation() != null && !run.conversation().equals(r.conversation())
                            && EXECUTIONS.contains(r.event()) && namespace.equals(String.valueOf(r.args().get("namespace"))))
                    .filter(r -> {
                        Instant at = Instant.parse(r.at());
                        return !at.isBefore(run.startedAt().truncatedTo(ChronoUnit.SECONDS)) && !at.isAfter(end);
                    })
                    .forEach(r -> timeline.add(new Incident.Entry(seconds(Instant.parse(r.at())), r.actor(),
                            r.event().name().toLowerCase(Locale.ROOT), r.action() + " (" + r.identity() + "): " + oneLine(r.result()),
                            r.conversation())));
        }
        timeline.sort(Comparator.comparing(Incident.Entry::at, Comparator.nullsFirst(Comparator.naturalOrder())));

        List<Incident.StepOutcome> steps = runbook.steps().stream().map(step -> {
            var last = run.log().stream().filter(l -> l.step() == step.number()).reduce((a, b) -> b);
            String outcome = last.map(GuidedRun.StepLog::outcome).orElse("not reached");
            return new Incident.StepOutcome(step.number(), oneLine(step.text()), outcome, last.map(GuidedRun.StepLog::by).orElse(""),
                    SKIPPED.equals(outcome), last.isPresent());
        }).toList();
        return new Incident(runbook.id(), runbook.title(), run.lang(), run.conversation(), run.startedBy(), seconds(run.startedAt()),
                run.status().name().toLowerCase(Locale.ROOT), run.variables(), timeline, steps);
    }

    static String markdown(Incident incident, Messages messages) {
        Language lang = "zh".equals(incident.lang()) ? Language.ZH : Language.EN;
        StringBuilder out = new StringBuilder();
        out.append(messages.get(lang, "incident.title", incident.title())).append("\n\n")
                .append(messages.get(lang, "incident.summary", incident.runbook(), incident.steps().size(), incident.conversation(),
                        incident.startedBy(), String.valueOf(incident.startedAt()), messages.get(lang, "guide.state." + incident.status()),
                        incident.variables().isEmpty() ? "-" : incident.variables().toString(),
                        incident.skippedSteps(), incident.unreachedSteps()))
                .append("\n\n");
        MarkdownTable timeline = new MarkdownTable(messages.get(lang, "incident.col.time"), messages.get(lang, "incident.col.who"),
                messages.get(lang, "incident.col.what"));
        incident.timeline().forEach(e -> timeline.row(String.valueOf(e.at()), e.who(),
                ("asked".equals(e.kind()) ? messages.get(lang, "incident.asked") + " " : "") + e.what()
                        + (e.thread() == null ? "" : " " + messages.get(lang, "incident.other-thread", e.thread()))));
        out.append(messages.get(lang, "incident.timeline")).append("\n\n").append(timeline.render()).append('\n');

        MarkdownTable steps = new MarkdownTable("#", messages.get(lang, "incident.col.step"), messages.get(lang, "incident.col.outcome"),
                messages.get(lang, "incident.col.by"));
        incident.steps().forEach(s -> steps.row(String.valueOf(s.step()), s.text(),
                s.skipped() ? messages.get(lang, "incident.skipped") : s.outcome(), s.by()));
        out.append(messages.get(lang, "incident.steps")).append("\n\n").append(steps.render());
        return out.toString();
    }

    private static Instant seconds(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
