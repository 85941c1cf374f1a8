package io.kubemate.bot.guide;

import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditRecord;
import io.kubemate.bot.chat.Turn;
import io.kubemate.knowledge.runbook.Runbook;
import io.kubemate.tools.report.MarkdownTable;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The record of an incident worked in one conversation, as Markdown for a post-mortem: the questions asked,
 * the runbook's steps with who did what and the result, and every proposal with who confirmed it.
 */
final class IncidentRecord {

    private static final Set<AuditEvent> CHANGES = Set.of(AuditEvent.PROPOSED, AuditEvent.CONFIRMED, AuditEvent.CANCELLED,
            AuditEvent.EXPIRED, AuditEvent.DENIED, AuditEvent.EXECUTED, AuditEvent.FAILED);

    private IncidentRecord() {
    }

    static String markdown(GuidedRun run, Runbook runbook, List<Turn> turns, List<AuditRecord> audit) {
        StringBuilder out = new StringBuilder();
        out.append("# Incident record — ").append(runbook.title()).append("\n\n")
                .append("- Runbook: `").append(runbook.id()).append("` (").append(runbook.steps().size()).append(" steps)\n")
                .append("- Conversation: `").append(run.conversation()).append("`\n")
                .append("- Started by ").append(run.startedBy()).append(" at ").append(run.startedAt().truncatedTo(ChronoUnit.SECONDS))
                .append("; status: ").append(run.status().name().toLowerCase(java.util.Locale.ROOT)).append('\n')
                .append("- Variables: ").append(run.variables().isEmpty() ? "none" : run.variables().toString()).append("\n\n");

        List<String[]> timeline = new ArrayList<>();
        turns.forEach(t -> timeline.add(new String[]{t.at().truncatedTo(ChronoUnit.SECONDS).toString(), t.user(), "asked: " + oneLine(t.text())}));
        run.log().forEach(l -> timeline.add(new String[]{l.at().truncatedTo(ChronoUnit.SECONDS).toString(), l.by(),
                "step " + l.step() + " " + l.outcome() + (l.detail() == null ? "" : ": " + oneLine(l.detail()))}));
        audit.stream().filter(r -> run.conversation().equals(r.conversation()) && CHANGES.contains(r.event()))
                .forEach(r -> timeline.add(new String[]{r.at(), r.actor(), r.event().name().toLowerCase(java.util.Locale.ROOT) + " "
                        + r.action() + " (" + r.identity() + "): " + oneLine(r.result())}));
        timeline.sort(Comparator.comparing(row -> row[0]));
        MarkdownTable table = new MarkdownTable("TIME (UTC)", "WHO", "WHAT");
        timeline.forEach(row -> table.row(row));
        out.append("## Timeline\n\n").append(table.render()).append('\n');

        MarkdownTable steps = new MarkdownTable("#", "STEP", "LAST OUTCOME", "BY");
        runbook.steps().forEach(step -> {
            var last = run.log().stream().filter(l -> l.step() == step.number()).reduce((a, b) -> b);
            steps.row(String.valueOf(step.number()), oneLine(step.text()), last.map(GuidedRun.StepLog::outcome).orElse("not reached"),
                    last.map(GuidedRun.StepLog::by).orElse(""));
        });
        out.append("## Steps\n\n").append(steps.render());
        return out.toString();
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
