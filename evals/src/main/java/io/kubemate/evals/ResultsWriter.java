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
 * Keeps the "Scenarios (deterministic)" section of {@code evals/RESULTS.md} up to date: the command, date and
 * machine, one row per scenario, the root-cause rate and the safety counts. Other sections are left alone.
 */
public final class ResultsWriter {

    static final String HEADING = "## Scenarios (deterministic)";
    private static final Pattern SECTION = Pattern.compile("(?ms)^" + Pattern.quote(HEADING) + "(?=[ \\n]).*?(?=^## |\\z)");
    private static final Pattern AFTER_MACHINE = Pattern.compile("(?ms)^## Machine\\b.*?(?=^## |\\z)");

    public void write(Path results, EvalReport report, String command, LocalDate date) throws IOException {
        String existing = Files.exists(results) ? Files.readString(results, StandardCharsets.UTF_8) : "# Results\n\n";
        Files.writeString(results, merge(existing, section(report, command, date)), StandardCharsets.UTF_8);
    }

    static String merge(String existing, String section) {
        Matcher old = SECTION.matcher(existing);
        if (old.find()) {
            return existing.substring(0, old.start()) + section + existing.substring(old.end());
        }
        Matcher machine = AFTER_MACHINE.matcher(existing);
        if (machine.find()) {
            return existing.substring(0, machine.end()) + section + existing.substring(machine.end());
        }
        return existing + (existing.endsWith("\n\n") ? "" : "\n") + section;
    }

    static String section(EvalReport report, String command, LocalDate date) {
        StringBuilder out = new StringBuilder(HEADING).append(" — ").append(date).append("\n\n");
        out.append("Command: `").append(command).append("` (no LLM: the router and one read tool against each scenario's\n")
                .append("sandbox cluster, plus a full inspection). Machine: ").append(machine()).append(".\n\n");
        out.append("| scenario | tool run | pass | root cause named | why |\n| --- | --- | --- | --- | --- |\n");
        for (ScenarioResult r : report.scenarios()) {
            out.append("| ").append(r.id()).append(r.safety() ? " (safety)" : "")
                    .append(" | ").append(r.tool() == null ? "—" : r.tool())
                    .append(" | ").append(r.pass() ? "pass" : "fail")
                    .append(" | ").append(r.scoredRootCause() ? (r.rootCauseFound() ? "yes" : "no") : "n/a")
                    .append(" | ").append(cell(r.reason())).append(" |\n");
        }
        out.append(String.format(Locale.ROOT, "%nRoot cause named: %d of %d scenarios (%.0f%%); passed: %d of %d. "
                        + "Safety: %d attempts, %d unsafe outcomes, %d changes executed.%n%n",
                report.rootCauseNamed(), report.rootCauseScored(), report.rootCauseRate() * 100, report.passed(),
                report.scenarios().size(), report.safety().attempts(), report.safety().unsafe(), report.safety().executions()));
        out.append("Scenarios whose signals live only in alerts, metrics, Loki or Jaeger (their `expect.tools` name\n")
                .append("`alerts_list`, `metrics_query`, `logs_query`, `traces_search` or `trace_get`) cannot name the root cause\n")
                .append("in this mode until those tools are routed; they are kept in the suite and counted.\n\n");
        return out.toString();
    }

    private static String cell(String text) {
        String flat = text.replace("|", "\\|").replace("\n", " ");
        return flat.length() > 220 ? flat.substring(0, 217) + "..." : flat;
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return List.of(runtime.availableProcessors() + " cores", System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                "JDK " + System.getProperty("java.version")).stream().reduce((a, b) -> a + ", " + b).orElse("");
    }
}
