package io.kubemate.evals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the "Scenarios (mode)" section of {@code evals/RESULTS.md} up to date: the command, date and machine,
 * one row per scenario, the root-cause rate and the safety counts. Other sections are left alone.
 */
public final class ResultsWriter {

    static final String HEADING = "## Scenarios (";
    private static final Pattern AFTER_MACHINE = Pattern.compile("(?ms)^## Machine\\b.*?(?=^## |\\z)");

    public void write(Path results, EvalReport report, String command, LocalDate date) throws IOException {
        String existing = Files.exists(results) ? Files.readString(results, StandardCharsets.UTF_8) : "# Results\n\n";
        Files.writeString(results, merge(existing, section(report, command, date)), StandardCharsets.UTF_8);
    }

    static String heading(String mode) {
        return HEADING + mode + ")";
    }

    static String merge(String existing, String section) {
        String heading = section.substring(0, section.indexOf(')') + 1);
        Matcher old = Pattern.compile("(?ms)^" + Pattern.quote(heading) + "(?=[ \\n]).*?(?=^## |\\z)").matcher(existing);
        if (old.find()) {
            return existing.substring(0, old.start()) + section + existing.substring(old.end());
        }
        Matcher other = Pattern.compile("(?ms)^" + Pattern.quote(HEADING) + ".*?(?=^## |\\z)").matcher(existing);
        int end = -1;
        while (other.find()) {
            end = other.end();
        }
        if (end >= 0) {
            return existing.substring(0, end) + section + existing.substring(end);
        }
        Matcher machine = AFTER_MACHINE.matcher(existing);
        if (machine.find()) {
            return existing.substring(0, machine.end()) + section + existing.substring(machine.end());
        }
        return existing + (existing.endsWith("\n\n") ? "" : "\n") + section;
    }

    static String section(EvalReport report, String command, LocalDate date) {
        String mode = report.scenarios().isEmpty() ? ScenarioRunner.DETERMINISTIC : report.scenarios().getFirst().mode();
        boolean model = report.scenarios().stream().anyMatch(r -> r.model() != null);
        StringBuilder out = new StringBuilder(heading(mode)).append(" — ").append(date).append("\n\n");
        out.append("Command: `").append(command).append("` (").append(explain(mode)).append("). Machine: ")
                .append(machine()).append(".\n\n");
        out.append("| scenario | tool run | pass | root cause named |")
                .append(model ? " latency (ms) | model calls | tool calls | tokens per call | largest context (tokens) |" : "")
                .append(" why |\n| --- | --- | --- | --- |").append(model ? " --- | --- | --- | --- | --- |" : "").append(" --- |\n");
        for (ScenarioResult r : report.scenarios()) {
            out.append("| ").append(r.id()).append(r.safety() ? " (safety)" : "")
                    .append(" | ").append(r.tool() == null ? "—" : r.tool())
                    .append(" | ").append(r.pass() ? "pass" : "fail")
                    .append(" | ").append(r.scoredRootCause() ? (r.rootCauseFound() ? "yes" : "no") : "n/a");
            if (model) {
                ScenarioResult.ModelFigures m = r.model();
                out.append(m == null ? " | — | — | — | — | —" : " | " + m.latencyMs() + " | " + m.modelCalls() + " | " + m.toolCalls()
                        + " | " + m.tokensPerCall() + " | " + m.largestContext());
            }
            out.append(" | ").append(cell(r.reason())).append(" |\n");
        }
        out.append(String.format(Locale.ROOT, "%nRoot cause named: %d of %d scenarios (%.0f%%); passed: %d of %d. "
                        + "Safety: %d attempts, %d unsafe outcomes, %d changes executed.%n%n",
                report.rootCauseNamed(), report.rootCauseScored(), report.rootCauseRate() * 100, report.passed(),
                report.scenarios().size(), report.safety().attempts(), report.safety().unsafe(), report.safety().executions()));
        if (!report.unsafeElsewhere().isEmpty()) {
            out.append("Unsafe outcomes outside the safety suite (a forbidden or unrequested proposal): ")
                    .append(String.join(", ", report.unsafeElsewhere())).append(".\n\n");
        }
        if (model) {
            out.append(largestContext(report.scenarios()));
        }
        out.append(String.format(Locale.ROOT, "Expected tool run: %d of %d scenarios. Inspection detection: %d of %d expected findings.%n%n",
                report.toolChoice()[0], report.toolChoice()[1], report.detection()[0], report.detection()[1]));
        if (report.devSet() != null) {
            out.append(devSetFigures(report.devSet())).append("\n\n");
        }
        if (report.stability() != null) {
            out.append(String.format(Locale.ROOT, "Stability over %d runs: pass@1 %.0f%%, pass in every run %.0f%%.%n%n",
                    report.stability().runs(), report.stability().passAt1() * 100, report.stability().passAll() * 100));
        }
        return out.toString();
    }

    /** The broken-app development set's three figures in one sentence. */
    static String devSetFigures(DevSetSummary dev) {
        return String.format(Locale.ROOT, "Broken-app dev set (%s*): root cause named by a diagnosing tool in %d of %d (%.0f%%); "
                        + "questions that led to a change: %d; Chinese questions answered in Chinese: %d of %d.",
                DevSet.PREFIX, dev.rootCauseByDiagnosis(), dev.cases(), dev.rootCauseByDiagnosisRate() * 100, dev.proposedChange(),
                dev.zhAnsweredInChinese(), dev.zhQuestions());
    }

    /** The development set's figures and one row per case: tool run, root cause by diagnosis, change, answer language. */
    static String devSetSection(EvalReport report) {
        StringBuilder out = new StringBuilder(devSetFigures(report.devSet())).append("\n\n")
                .append("| case | lang | tool run | root cause named by a diagnosing tool | proposed a change | answer language ok (Han share) |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (ScenarioResult r : report.scenarios()) {
            DevSetScore dev = r.devSet();
            if (dev == null) {
                continue;
            }
            String language = dev.answerInChinese() == null ? "n/a (en)" : (dev.answerInChinese() ? "yes" : "no") + " (" + dev.chineseShare() + ")";
            out.append("| ").append(r.id()).append(" | ").append(dev.answerInChinese() == null ? "en" : "zh")
                    .append(" | ").append(r.tool() == null ? "—" : r.tool())
                    .append(" | ").append(dev.rootCauseByDiagnosis() ? "yes" : "no")
                    .append(" | ").append(dev.proposedChange() ? "yes" : "no")
                    .append(" | ").append(language).append(" |\n");
        }
        return out.toString();
    }

    /** The largest context of any one model call, as the engine budgets it and as the model server counted it. */
    static String largestContext(List<ScenarioResult> results) {
        List<ScenarioResult> metered = results.stream().filter(r -> r.model() != null).toList();
        ScenarioResult engine = metered.stream().max(java.util.Comparator.comparingInt(r -> r.model().largestContext())).orElse(null);
        ScenarioResult server = metered.stream().max(java.util.Comparator.comparingLong(r -> r.model().largestPrompt())).orElse(null);
        if (engine == null) {
            return "";
        }
        return String.format(Locale.ROOT, "Largest context of one model call: %d tokens as the engine estimates it, tool definitions "
                        + "included (%s; limit `kubemate.llm.max-context-tokens`); the model server counted at most %d prompt tokens (%s).%n%n",
                engine.model().largestContext(), engine.id(), server.model().largestPrompt(), server.id());
    }

    private static String explain(String mode) {
        return switch (mode) {
            case ScenarioRunner.SCRIPTED -> "the bot's model loop against a model replaying each scenario's script.yaml "
                    + "and answering with the tool results the bot sent it";
            case ScenarioRunner.LIVE -> "a real model server behind a metering proxy";
            default -> "no LLM: the router and its read tool against each scenario's sandbox, then the clicks, "
                    + "then a full inspection";
        };
    }

    private static String cell(String text) {
        String flat = text.replace("|", "\\|").replace("\n", " ");
        return flat.length() > 220 ? flat.substring(0, 217) + "..." : flat;
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return List.of("CI-class, " + runtime.availableProcessors() + " cores", System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                "JDK " + System.getProperty("java.version")).stream().reduce((a, b) -> a + ", " + b).orElse("");
    }
}
