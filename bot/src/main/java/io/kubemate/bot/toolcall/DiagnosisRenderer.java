package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.guide.RunbookLibrary;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.kube.Diagnosis;
import io.kubemate.tools.kube.PodLogs;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Untrusted;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Words a diagnosis in the asker's language: first the cause in one sentence with the evidence that proves it, then
 * the other causes, what was checked and found in order, the runbook of the cause and the safe next step, then the
 * pods, warning events, logs and the other sources. Facts from the cluster are shown as code, never as Markdown.
 */
@Singleton
final class DiagnosisRenderer {

    static final int FIRST_EVIDENCE = 4;
    static final int OTHER_EVIDENCE = 2;
    static final int OTHER_CAUSES = 4;
    static final int EVENTS = 8;
    static final int LOG_LINES = 15;

    private final Messages messages;
    /** Looked up when first rendering: the library parses runbooks against the tool catalog, which holds this tool. */
    private final BeanProvider<RunbookLibrary> runbooks;

    DiagnosisRenderer(Messages messages, BeanProvider<RunbookLibrary> runbooks) {
        this.messages = messages;
        this.runbooks = runbooks;
    }

    String render(DiagnosisWithContext report, Language language) {
        return render(report, language, true);
    }

    /**
     * @param full with the pods' log tails and every warning event (for people); without, the compact form handed to the
     *             model, whose context is small: the causes already quote the log lines that matter
     */
    String render(DiagnosisWithContext report, Language language, boolean full) {
        Diagnosis d = report.diagnosis();
        StringBuilder out = new StringBuilder("**").append(messages.get(language, "diagnose.title", d.target())).append("**\n\n");
        if (d.causes().isEmpty()) {
            out.append(messages.get(language, "diagnose.healthy")).append('\n');
        } else {
            Cause first = d.causes().getFirst();
            out.append("**").append(messages.get(language, "diagnose.cause")).append("** ").append(sentence(language, first)).append('\n');
            evidence(out, first, FIRST_EVIDENCE);
            List<Cause> others = d.causes().subList(1, Math.min(d.causes().size(), 1 + OTHER_CAUSES));
            if (!others.isEmpty()) {
                out.append("\n**").append(messages.get(language, "diagnose.also")).append("**\n");
                others.forEach(c -> {
                    out.append("- ").append(sentence(language, c)).append('\n');
                    evidence(out, c, OTHER_EVIDENCE);
                });
            }
        }
        List<String> fine = fine(report, language);
        if (!fine.isEmpty()) {
            out.append("\n**").append(messages.get(language, "diagnose.checked")).append("**\n");
            fine.forEach(line -> out.append("- ").append(line).append('\n'));
        }
        out.append("\n**").append(messages.get(language, "diagnose.runbook")).append("** ").append(runbook(d.runbook(), language)).append('\n');
        String next = d.causes().isEmpty() ? "diagnose.next.healthy" : "diagnose.next." + d.causes().getFirst().kind().key();
        out.append("**").append(messages.get(language, "diagnose.next")).append("** ").append(messages.get(language, next)).append('\n');
        details(out, d, language, full);
        for (DiagnosisWithContext.Section section : report.sections()) {
            if (section.lines().isEmpty()) {
                continue;
            }
            out.append("\n**").append(messages.get(language, "diagnose.section." + section.key())).append("**\n");
            section.lines().forEach(line -> out.append("\n- ").append(line));
            out.append('\n');
        }
        if (!report.leftOut().isEmpty()) {
            out.append("\n**").append(messages.get(language, "diagnose.left-out")).append("**\n");
            report.leftOut().forEach(l -> out.append("\n- ").append(messages.get(language, "diagnose.source." + l.key()))
                    .append(language == Language.ZH ? "：" : ": ").append(l.reason()));
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** The cause's sentence with each fact shown as code. */
    String sentence(Language language, Cause cause) {
        return messages.get(language, "diagnose.cause." + cause.kind().key(), cause.args().stream().map(DiagnosisRenderer::fact).toArray());
    }

    private List<String> fine(DiagnosisWithContext report, Language language) {
        List<String> lines = new ArrayList<>();
        for (Fine f : report.diagnosis().fine()) {
            lines.add(messages.get(language, "diagnose.fine." + f.key(), f.args().stream().map(DiagnosisRenderer::fact).toArray()));
        }
        if (report.diagnosis().warnings().isEmpty()) {
            lines.add(messages.get(language, "diagnose.fine.no-warnings"));
        }
        report.sections().stream().filter(s -> s.lines().isEmpty() && s.fineKey() != null)
                .forEach(s -> lines.add(messages.get(language, "diagnose.fine." + s.fineKey(), s.fineArgs().stream().map(DiagnosisRenderer::fact).toArray())));
        return lines;
    }

    private String runbook(String id, Language language) {
        if (id == null) {
            return messages.get(language, "diagnose.runbook.none");
        }
        return runbooks.get().find(id, language).map(r -> "`" + r.id() + "` — " + Untrusted.code(r.title()))
                .orElse("`" + id + "`");
    }

    private static void evidence(StringBuilder out, Cause cause, int max) {
        cause.evidence().stream().limit(max).forEach(line -> out.append("  - ").append(Untrusted.code(line)).append('\n'));
    }

    private void details(StringBuilder out, Diagnosis d, Language language, boolean full) {
        if (!d.pods().isEmpty()) {
            MarkdownTable table = new MarkdownTable("POD", "STATUS", "DETAIL", "AGE");
            d.pods().forEach(p -> table.row(p.name(), Untrusted.code(p.status()), Untrusted.code(p.detail()), p.age()));
            out.append('\n').append(table.render());
        }
        if (!d.warnings().isEmpty()) {
            out.append("\n**").append(messages.get(language, "diagnose.events")).append("**\n");
            d.warnings().stream().limit(full ? EVENTS : 3).forEach(e -> out.append("- ").append(Untrusted.code(e.reason())).append(" (")
                    .append(e.objectName()).append(", ×").append(e.count()).append("): ").append(Untrusted.code(e.message())).append('\n'));
        }
        for (PodLogs logs : full ? d.logs() : List.<PodLogs>of()) {
            List<String> tail = logs.lines().subList(Math.max(0, logs.lines().size() - LOG_LINES), logs.lines().size());
            out.append("\n**").append(messages.get(language, logs.previous() ? "diagnose.logs.previous" : "diagnose.logs",
                    logs.namespace() + "/" + logs.pod(), logs.container(), tail.size())).append("**\n\n").append(Untrusted.block("", tail));
        }
    }

    private static String fact(String arg) {
        return arg == null || arg.isBlank() || "-".equals(arg) ? "-" : Untrusted.code(arg);
    }
}
